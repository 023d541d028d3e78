import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { ID_PATTERN } from '../core';
import { unquotedSpan } from '../core/navigation';
import type { Feature } from './context';
import { targetAt } from './locate';
import { answerFor, EditCollector } from './support';

/** Scalars YAML reads as something other than a string: an id spelled so would vanish. */
const YAML_KEYWORD = /^(null|true|false)$/i;

/** Rename an id everywhere: its definitions and every reference, across the files of the design, as one edit. */
export const rename: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(server) {
    server.connection.onPrepareRename(({ textDocument, position }) => answerFor(server, textDocument.uri, null, ({ document }) => {
      const target = targetAt(document, document.lines.offsetAt(position));
      if (!target) throw refusal('Place the cursor on an id or a reference to rename it.');
      return { range: document.lines.rangeOf(target.span), placeholder: target.id };
    }));

    server.connection.onRenameRequest(({ textDocument, position, newName }, token) => answerFor(server, textDocument.uri, null, ({ design, document }) => {
      const target = targetAt(document, document.lines.offsetAt(position));
      if (!target) throw refusal('Place the cursor on an id or a reference to rename it.');
      const name = newName.trim();
      if (name === target.id) return null;
      if (!ID_PATTERN.test(name) || YAML_KEYWORD.test(name)) {
        throw refusal(`"${name}" is not a valid id: start with a letter and use only letters, digits, "_", "." and "-".`);
      }
      const clash = design.definitionsOf(name)[0];
      if (clash) throw refusal(`"${name}" is already the id of ${/^[aeiou]/.test(clash.kind) ? 'an' : 'a'} ${clash.kind}: choose another id.`);
      const edit = new EditCollector(server);
      for (const item of design.definitionsOf(target.id)) if (item.idSpan) edit.replace(item.document, unquotedSpan(item.document.text, item.idSpan), name);
      for (const reference of design.referrersOf(target.id)) edit.replace(reference.item.document, unquotedSpan(reference.item.document.text, reference.span), name);
      return edit.build() ?? null;
    }, token));
  },
};

function refusal(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}
