import { METHOD_CLASS_LABELS } from '../core/methods';
import { buildMatrix, LEVEL_BUCKET_LABELS, ROW_MARK_LABELS } from '../core/matrix';
import { baseName, relativePath } from '../host/uris';
import { AlignmentMatrixRequest, DesignReportRequest } from '../protocol';
import { renderHtml } from '../report/html';
import { buildReport } from '../report/model';
import type { Feature, ServerContext } from './context';
import { answer } from './support';

/**
 * `idstudio/alignmentMatrix`: the alignment matrix of the design holding a document or folder;
 * `idstudio/designReport`: its design report as HTML.
 */
export const matrix: Feature = {
  capabilities: {},
  register(server) {
    server.connection.onRequest(AlignmentMatrixRequest, params => answer(server, null, () => {
      const designUri = designUriOf(server, params.uri);
      return {
        designUri, name: baseName(designUri), matrix: buildMatrix(server.workspace.designOf(designUri)),
        labels: { methodClasses: METHOD_CLASS_LABELS, levels: LEVEL_BUCKET_LABELS, marks: ROW_MARK_LABELS },
      };
    }));
    server.connection.onRequest(DesignReportRequest, params => answer(server, null, () => {
      const designUri = designUriOf(server, params.uri);
      const report = buildReport(baseName(designUri), server.workspace.designOf(designUri), uri => relativePath(designUri, uri) ?? uri);
      return { designUri, html: renderHtml(report) };
    }));
  },
};

/** The innermost folder holding the document: its design (after the pending edits are checked). */
function designUriOf(server: ServerContext, uri: string): string {
  server.publish(server.workspace.flush());
  const root = server.workspace.folderRoots().filter(folder => relativePath(folder, uri) !== undefined).sort((a, b) => b.length - a.length)[0];
  return root ?? uri;
}
