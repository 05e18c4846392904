// The runtime import graph between lib/ folders, read with the TypeScript
// parser so that type-only imports (which vanish at build time) can cross.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type FolderEdge = { from: string; to: string; file: string; specifier: string };

const sourceFile = /\.tsx?$/;
const testFile = /\.test\.tsx?$/;

/** lib/journey/x.ts -> "journey"; lib/env.ts -> "env.ts" (a root file is its own node). */
export function libNode(relativePath: string): string | null {
  const parts = relativePath.split(path.sep).join("/").split("/");
  if (parts[0] !== "lib" || parts.length < 2) return null;
  return parts[1]!;
}

/** The module specifiers a file imports at runtime (type-only imports left out). */
export function runtimeSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !isTypeOnlyImport(node)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** Every runtime import from one lib/ node to another, tests excluded. */
export function libFolderEdges(root: string): FolderEdge[] {
  const edges: FolderEdge[] = [];
  for (const file of listFiles(path.join(root, "lib"))) {
    if (!sourceFile.test(file) || testFile.test(file)) continue;
    const relative = path.relative(root, file);
    const from = libNode(relative);
    if (!from) continue;
    for (const specifier of runtimeSpecifiers(file, readFileSync(file, "utf8"))) {
      const target = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.relative(root, path.resolve(path.dirname(file), specifier)) : null;
      const to = target ? libNode(withExtension(target)) : null;
      if (to && to !== from) edges.push({ from, to, file: relative, specifier });
    }
  }
  return edges;
}

// "@/lib/env" names the root file lib/env.ts; folders are unaffected.
const withExtension = (target: string) => (target.split(/[\\/]/).length === 2 ? `${target}.ts` : target);

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : listFiles(full);
    return [full];
  });
}

/** Strongly connected components of two or more nodes: each is a cycle between folders. */
export function folderCycles(edges: readonly Pick<FolderEdge, "from" | "to">[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)!.add(to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const neighbour of next.get(node)!) {
      if (!index.has(neighbour)) {
        connect(neighbour);
        low.set(node, Math.min(low.get(node)!, low.get(neighbour)!));
      } else if (onStack.has(neighbour)) {
        low.set(node, Math.min(low.get(node)!, index.get(neighbour)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) connect(node);
  return components;
}
