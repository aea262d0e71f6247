// A rollup plugin for the code-split build (dist/chunks/): chart.js ships as one ES module, and rollup puts a
// module whole into one chunk, so every element's chunk would share one chart.js chunk holding the doughnut, bar
// and line pieces alike. This plugin cuts chart.js into modules by top-level declaration: the declarations that
// the same chart.js exports need go into one module. Rollup then places each where the elements using it are,
// and a page with one <strike-chart> loads the doughnut pieces, not the bars or lines.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseAst } from 'rollup/parseAst';

const FACADE = '\0split:';
const PART = '\0split-part:';

/** The names a binding pattern declares. */
function patternNames(node, out = []) {
  if (!node) return out;
  if (node.type === 'Identifier') out.push(node.name);
  else if (node.type === 'ObjectPattern') node.properties.forEach((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value, out));
  else if (node.type === 'ArrayPattern') node.elements.forEach((e) => patternNames(e, out));
  else if (node.type === 'AssignmentPattern') patternNames(node.left, out);
  else if (node.type === 'RestElement') patternNames(node.argument, out);
  return out;
}

/** `var` names anywhere in a function body, not in functions nested in it. */
function varNames(node, out = []) {
  if (!node || typeof node.type !== 'string' || /Function/.test(node.type)) return out;
  if (node.type === 'VariableDeclaration' && node.kind === 'var') node.declarations.forEach((d) => patternNames(d.id, out));
  for (const child of Object.values(node)) {
    if (Array.isArray(child)) child.forEach((c) => varNames(c, out));
    else if (child && typeof child === 'object') varNames(child, out);
  }
  return out;
}

/** let, const, class and function declarations directly in a list of statements (one block's scope). */
function lexicalNames(statements) {
  return statements.flatMap((s) => {
    if (s.type === 'VariableDeclaration' && s.kind !== 'var') return s.declarations.flatMap((d) => patternNames(d.id));
    return /^(FunctionDeclaration|ClassDeclaration)$/.test(s.type) && s.id ? [s.id.name] : [];
  });
}

/** The names a node's own scope declares: a local of that name hides a top-level one inside it. */
function scopeNames(node) {
  if (/Function/.test(node.type)) return [...node.params.flatMap((p) => patternNames(p)), ...varNames(node.body), ...(node.type === 'FunctionExpression' && node.id ? [node.id.name] : [])];
  if (node.type === 'BlockStatement' || node.type === 'StaticBlock') return lexicalNames(node.body);
  if (node.type === 'SwitchStatement') return lexicalNames(node.cases.flatMap((c) => c.consequent));
  if (/^For(In|Of)?Statement$/.test(node.type)) return lexicalNames([node.init ?? node.left].filter(Boolean));
  if (node.type === 'CatchClause') return patternNames(node.param);
  if (node.type === 'ClassExpression' && node.id) return [node.id.name];
  return [];
}

/**
 * Top-level names a node refers to, and assigns to, where no local of the same name hides them (property
 * names and keys are not references). Missing a local only adds a reference: the split is then coarser, never wrong.
 */
function referencedNames(node, names, out = new Set(), assigned = new Set(), hidden = new Set()) {
  if (Array.isArray(node)) {
    for (const child of node) referencedNames(child, names, out, assigned, hidden);
    return out;
  }
  if (!node || typeof node.type !== 'string') return out;
  const local = scopeNames(node).filter((n) => names.has(n) && !hidden.has(n));
  const inside = local.length > 0 ? new Set([...hidden, ...local]) : hidden;
  const visible = (id) => id?.type === 'Identifier' && names.has(id.name) && !inside.has(id.name);
  if (node.type === 'Identifier' && visible(node)) out.add(node.name);
  if (node.type === 'AssignmentExpression' && visible(node.left)) assigned.add(node.left.name);
  if (node.type === 'UpdateExpression' && visible(node.argument)) assigned.add(node.argument.name);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'property' && node.type === 'MemberExpression' && !node.computed) continue;
    if (key === 'key' && !node.computed && /^(Property|MethodDefinition|PropertyDefinition)$/.test(node.type)) continue;
    if (child && typeof child === 'object') referencedNames(child, names, out, assigned, inside);
  }
  return out;
}

/** The names a top-level declaration binds. */
function declaredNames(statement) {
  if (statement.type === 'VariableDeclaration') return statement.declarations.map((d) => d.id.name);
  return statement.id ? [statement.id.name] : [];
}

/** Each top-level declaration of chart.js with what it binds and refers to; its imports and exports. */
export function readModule(code) {
  const ast = parseAst(code);
  const imports = new Map(); // local name -> { source, imported }
  const bare = [];
  const exported = new Map(); // local name -> exported names
  const statements = [];
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      if (node.specifiers.length === 0) bare.push(node.source.value);
      for (const s of node.specifiers) imports.set(s.local.name, { source: node.source.value, imported: s.imported?.name ?? 'default' });
    } else if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source) {
      for (const s of node.specifiers) exported.set(s.local.name, [...(exported.get(s.local.name) ?? []), s.exported.name]);
    } else if (/^(FunctionDeclaration|ClassDeclaration|VariableDeclaration)$/.test(node.type)) {
      statements.push({ node, text: code.slice(node.start, node.end), binds: declaredNames(node) });
    } else {
      throw new Error(`chart.js: a top-level ${node.type} at ${node.start}; this plugin splits declarations only`);
    }
  }
  const declaredBy = new Map(statements.flatMap((s) => s.binds.map((name) => [name, s])));
  const names = new Set([...declaredBy.keys(), ...imports.keys()]);
  for (const s of statements) {
    s.assigned = new Set();
    s.refs = referencedNames(s.node, names, new Set(), s.assigned);
  }
  return { imports, bare, exported, statements, declaredBy };
}

/**
 * Groups the declarations: one key per set of exports that reach a declaration. A declaration assigned to
 * from elsewhere (a module cannot assign an imported binding) is kept, with all it reaches, in one 'core' group.
 */
export function group({ exported, statements, declaredBy }, file) {
  const reach = (start, visit) => {
    const stack = [start];
    const seen = new Set();
    while (stack.length > 0) {
      const s = stack.pop();
      if (!s || seen.has(s)) continue;
      seen.add(s);
      visit(s);
      for (const name of s.refs) stack.push(declaredBy.get(name));
    }
  };
  for (const s of statements) s.key = new Set();
  for (const [local, as] of exported) reach(declaredBy.get(local), (s) => s.key.add(as[0]));
  const core = statements.filter((s) => [...s.assigned].some((name) => declaredBy.get(name) && declaredBy.get(name) !== s));
  for (const s of [...core]) for (const name of s.assigned) core.push(declaredBy.get(name));
  for (const s of core) reach(s, (t) => (t.key = new Set(['core'])));
  const parts = new Map();
  for (const s of statements) {
    if (s.key.size === 0) continue; // reached by no export: dead code
    const key = [...s.key].sort().join(',');
    if (!parts.has(key)) parts.set(key, { id: `${PART}${file}:${parts.size}`, statements: [] });
    parts.get(key).statements.push(s);
    s.part = parts.get(key);
  }
  return [...parts.values()];
}

/** One part's source: its imports (other modules, the other parts), its declarations, their exports. */
function partCode(part, { imports, bare, declaredBy }, source) {
  const own = new Set(part.statements.flatMap((s) => s.binds));
  const from = new Map();
  for (const name of new Set(part.statements.flatMap((s) => [...s.refs]))) {
    if (own.has(name)) continue;
    const imported = imports.get(name);
    const [module, line] = imported ? [source(imported.source), `${imported.imported} as ${name}`] : [declaredBy.get(name).part.id, name];
    from.set(module, [...(from.get(module) ?? []), line]);
  }
  return [
    ...bare.map((module) => `import ${JSON.stringify(source(module))};`),
    ...[...from].map(([module, list]) => `import { ${list.join(', ')} } from ${JSON.stringify(module)};`),
    ...part.statements.map((s) => s.text),
    `export { ${[...own].join(', ')} };`,
  ].join('\n');
}

/** What stands for the whole module: each export taken from the part (or other module) holding it. */
function facadeCode({ imports, exported, declaredBy }, source) {
  return [...exported]
    .flatMap(([local, as]) => {
      const imported = imports.get(local);
      const module = imported ? source(imported.source) : declaredBy.get(local).part.id;
      const name = imported ? imported.imported : local;
      return as.map((n) => `export { ${name} as ${n} } from ${JSON.stringify(module)};`);
    })
    .join('\n');
}

// chart.js's two modules: the chart code, and the helpers chunk it imports (both single files of many pieces).
const SPLIT = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/](chart|chunks[\\/][^\\/]+)\.js$/;

export function splitChartJs() {
  const modules = new Map(); // file -> its declarations and parts, read on first load
  const read = (file) => {
    if (!modules.has(file)) {
      const module = readModule(readFileSync(file, 'utf8'));
      modules.set(file, { module, parts: group(module, file) });
    }
    return modules.get(file);
  };
  // A split module's imports of the other one go through that one's facade; packages are left to resolve.
  const sourceFrom = (file) => (spec) => (spec.startsWith('.') ? `${FACADE}${resolve(dirname(file), spec)}` : spec);
  return {
    name: 'split-chart.js',
    async resolveId(source, importer, options) {
      if (source.startsWith(PART) || source.startsWith(FACADE)) return source;
      if (source.startsWith('\0') || importer?.startsWith(PART)) return null;
      const real = await this.resolve(source, importer, { ...options, skipSelf: true });
      // node-resolve resolves what it found once more, which comes back here: that answer is already the facade.
      if (!real || real.id.startsWith(FACADE)) return real;
      return SPLIT.test(real.id) ? `${FACADE}${real.id}` : null;
    },
    load(id) {
      if (id.startsWith(FACADE)) {
        const file = id.slice(FACADE.length);
        return { code: facadeCode(read(file).module, sourceFrom(file)), moduleSideEffects: false };
      }
      if (!id.startsWith(PART)) return null;
      const file = id.slice(PART.length, id.lastIndexOf(':'));
      const { module, parts } = read(file);
      return { code: partCode(parts.find((p) => p.id === id), module, sourceFrom(file)), moduleSideEffects: false };
    },
  };
}
