/**
 * The custom protocol between the extension (client) and the language server, beyond LSP: every request
 * and notification with its parameter and result types, in one module imported by both sides. It imports
 * types only from the server's modules, so the client bundle carries none of the analysis code.
 *
 * To add a message: declare its parameter and result types here, then one `RequestType` or
 * `NotificationType` constant named after the method.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { AlignmentMatrix, LevelBucket, RowMark } from './core/matrix-model';
import type { MethodClass } from './core/methods';
import type { DesignOutline } from './core/outline';
import type { FolderListing } from './host/host';

export type {
  DesignOutline, ItemLocation, LinkedItem, ObjectiveLinks, OutlineItem, OutlinePhase, OutlineStep, OutlineSummary,
  ProblemCounts, StepStatus, UnsortedDocument,
} from './core/outline';

// The design tree (server → client data, client asks).

/** Without `folderUri`: every workspace folder. */
export interface DesignTreeParams { folderUri?: string }
export interface FolderOutline { uri: string; name: string; outline: DesignOutline }
export interface DesignTreeResult { folders: FolderOutline[] }
/** The folders whose outline changed since the last notification. */
export interface DesignChangedParams { folderUris: string[] }

export const DesignTreeRequest = new RequestType<DesignTreeParams | undefined, DesignTreeResult, void>('idstudio/designTree');
/** Sent once after the initial indexing, then only to a client that has requested the tree. */
export const DesignChangedNotification = new NotificationType<DesignChangedParams>('idstudio/designChanged');

// The alignment matrix and the design report (client asks, for the design holding a document or folder).

export type {
  AlignmentMatrix, LevelBucket, MatrixCounts, MatrixItem, MatrixMethodItem, MatrixRow, MatrixSkillGroup, MatrixTaskGroup, RowMark,
} from './core/matrix-model';
export type { MethodClass } from './core/methods';

export interface AlignmentMatrixParams { uri: string }
/** How the webview names method classes, levels and gaps (the server's words, so client and report agree). */
export interface MatrixLabels {
  methodClasses: Record<MethodClass, string>;
  levels: Record<LevelBucket, string>;
  marks: Record<RowMark, string>;
}
export interface AlignmentMatrixResult { designUri: string; name: string; matrix: AlignmentMatrix; labels: MatrixLabels }
/** The client asks again whenever `idstudio/designChanged` arrives, so an open matrix stays live. */
export const AlignmentMatrixRequest = new RequestType<AlignmentMatrixParams, AlignmentMatrixResult | null, void>('idstudio/alignmentMatrix');

export interface DesignReportParams { uri: string }
/** The report as one self-contained HTML file, for the editor to save and open. */
export interface DesignReportResult { designUri: string; html: string }
export const DesignReportRequest = new RequestType<DesignReportParams, DesignReportResult | null, void>('idstudio/designReport');

// File access (server asks, client answers): for a server without a file system of its own, as in the
// browser, or for folders on a virtual file system. The client reads through the editor's file system.

/** What the client sets in `initializationOptions` when it answers the file access requests. */
export interface InitializationOptions { fileAccess?: boolean }

export interface ListFilesParams { folderUri: string }
export type ListFilesResult = FolderListing;
/** The design candidates and configuration files below a folder (node_modules and .git left out). */
export const ListFilesRequest = new RequestType<ListFilesParams, ListFilesResult, void>('idstudio/listFiles');

/**
 * Reads a file: all of it when it has at most `limit` bytes, else only its first `headBytes` (both 0:
 * only whether it exists, and its size).
 */
export interface ReadFileParams { uri: string; limit: number; headBytes: number }
export type ReadFileResult =
  | { size: number; /** The bytes read, base64-encoded. */ base64: string }
  | { missing: true }
  | { error: string };
export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('idstudio/readFile');
