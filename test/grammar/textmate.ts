/** Tokenizes Markdown with real TextMate grammars (vscode-textmate + Oniguruma, as VS Code does). */
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IOnigLib } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The grammar this extension contributes, as its manifest declares it. */
export const INJECTION: { scopeName: string; path: string; injectTo: string[] } = MANIFEST.contributes.grammars[0];
export const MARKDOWN_SCOPE = 'text.html.markdown';

/** Base grammars to inject into: scope name → grammar file. */
export interface GrammarSet { name: string; files: Record<string, string> }

/** VS Code's Markdown grammar with TextMate's YAML grammar (the one VS Code shipped before 1.96), from tm-grammars. */
export function tmGrammarsSet(): GrammarSet {
  return {
    name: 'tm-grammars (VS Code Markdown, TextMate YAML)',
    files: {
      [MARKDOWN_SCOPE]: require.resolve('tm-grammars/grammars/markdown.json'),
      'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
    },
  };
}

/**
 * VS Code's own built-in Markdown and YAML grammars (the markdown-basics and yaml extensions, YAML from
 * RedCMD's highlighter as VS Code ships it since 1.96), read from the extensions' manifests as published on
 * npm for monaco-vscode-api. An npm package, not the e2e harness's code-server, so these tests run whatever
 * was installed before them.
 */
export function vsCodeBuiltInSet(): GrammarSet {
  const files: Record<string, string> = {};
  for (const extension of ['markdown-basics', 'yaml']) {
    const manifestFile = require.resolve(`@codingame/monaco-vscode-${extension}-default-extension/resources/package.json`);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    // The package flattens the extension's syntaxes/ folder into resources/, beside the manifest.
    for (const grammar of manifest.contributes.grammars) {
      files[grammar.scopeName] = path.join(path.dirname(manifestFile), path.basename(grammar.path));
    }
  }
  for (const file of Object.values(files)) if (!fs.existsSync(file)) throw new Error(`grammar file missing: ${file}`);
  const { version } = JSON.parse(fs.readFileSync(require.resolve('@codingame/monaco-vscode-yaml-default-extension/package.json'), 'utf8'));
  return { name: `VS Code built-in grammars (monaco-vscode ${version})`, files };
}

let onigLib: Promise<IOnigLib> | undefined;

function loadOniguruma(): Promise<IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
      createOnigString: text => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** The Markdown grammar of a set, with or without this extension's injection. */
export async function markdownGrammar(set: GrammarSet, withInjection: boolean): Promise<IGrammar> {
  const files = { ...set.files, [INJECTION.scopeName]: path.join(ROOT, INJECTION.path) };
  const registry = new Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async scopeName => files[scopeName]
      ? parseRawGrammar(fs.readFileSync(files[scopeName], 'utf8'), files[scopeName])
      : null,
    getInjections: scopeName => withInjection && INJECTION.injectTo.includes(scopeName) ? [INJECTION.scopeName] : [],
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE);
  if (!grammar) throw new Error(`no Markdown grammar in ${set.name}`);
  return grammar;
}

export interface Token { line: number; start: number; end: number; text: string; scopes: string[] }

export function tokenize(grammar: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, start: token.startIndex, end: token.endIndex,
        text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}
