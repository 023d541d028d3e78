import type { Command, Range } from 'vscode-languageserver';
import type { Feature } from './context';

/** A server command that shows a document with a range selected (quick fixes that "open the assessment"). */
export const SHOW_ITEM_COMMAND = 'idstudio.showItem';

export function showItemCommand(title: string, uri: string, range: Range): Command {
  return { title, command: SHOW_ITEM_COMMAND, arguments: [uri, range] };
}

/** Asks the client to show the item (LSP window/showDocument), so any editor can follow the quick fix. */
export const showItem: Feature = {
  capabilities: { executeCommandProvider: { commands: [SHOW_ITEM_COMMAND] } },
  register(server) {
    server.connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command !== SHOW_ITEM_COMMAND || typeof args?.[0] !== 'string') return;
      await server.connection.window.showDocument({ uri: args[0], selection: args[1] as Range | undefined, takeFocus: true });
    });
  },
};
