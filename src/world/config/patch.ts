/**
 * A declarative change to a world config, as plain JSON: a broken scenario is the classroom world
 * plus a patch, and a repair is one more patch. A path walks objects by key and arrays by index
 * or by a selector (`{ id: 'alice-mua' }`: the one element whose fields equal those given), so a
 * patch still reads right when a list is reordered.
 */
export type PathSegment = string | number | Readonly<Record<string, string | number>>;
export type PatchPath = readonly PathSegment[];
export type PatchValue =
  string | number | boolean | null | readonly PatchValue[] | { readonly [key: string]: PatchValue };

export type PatchOp =
  /** Replaces (or adds) the value at `path`. */
  | { readonly op: 'set'; readonly path: PatchPath; readonly value: PatchValue }
  /** Appends `value` to the array at `path`. */
  | { readonly op: 'push'; readonly path: PatchPath; readonly value: PatchValue }
  /** Removes the array element or object key at `path`. */
  | { readonly op: 'remove'; readonly path: PatchPath };

export type WorldPatch = readonly PatchOp[];

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function describe(path: PatchPath): string {
  return path.map((segment) => JSON.stringify(segment)).join(' → ');
}

/** Where a segment lands inside `node`: an array index or an object key. */
function locate(node: Container, segment: PathSegment, path: PatchPath): string | number {
  if (Array.isArray(node)) {
    if (typeof segment === 'number') {
      if (segment < 0 || segment >= node.length)
        throw new Error(`patch: no element ${segment} at ${describe(path)}`);
      return segment;
    }
    if (typeof segment === 'string') throw new Error(`patch: ${describe(path)} is a list`);
    const matches = node.flatMap((item, index) =>
      isContainer(item) && Object.entries(segment).every(([k, v]) => (item as never)[k] === v)
        ? [index]
        : [],
    );
    if (matches.length !== 1)
      throw new Error(`patch: ${matches.length} elements match at ${describe(path)}`);
    return matches[0] as number;
  }
  if (typeof segment !== 'string') throw new Error(`patch: ${describe(path)} is not a list`);
  return segment;
}

/** The container holding the last segment of `path`, and that segment resolved. */
function parentOf(root: Container, path: PatchPath): { parent: Container; at: string | number } {
  if (path.length === 0) throw new Error('patch: an empty path');
  let node: Container = root;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = locate(node, path[i] as PathSegment, path.slice(0, i + 1));
    const next: unknown = (node as Record<string | number, unknown>)[key];
    if (!isContainer(next)) throw new Error(`patch: nothing at ${describe(path.slice(0, i + 1))}`);
    node = next;
  }
  const last = path[path.length - 1] as PathSegment;
  // Setting a new key of an object is allowed; an array element must exist.
  return { parent: node, at: locate(node, last, path) };
}

/** Applies `patch` to a copy of `config`; the input is never changed. Throws on a bad path. */
export function applyPatch<T extends object>(config: T, patch: WorldPatch): T {
  const result = structuredClone(config);
  for (const op of patch) {
    const { parent, at } = parentOf(result as Container, op.path);
    const slots = parent as Record<string | number, unknown>;
    if (op.op === 'set') {
      slots[at] = structuredClone(op.value);
    } else if (op.op === 'push') {
      const list = slots[at];
      if (!Array.isArray(list)) throw new Error(`patch: ${describe(op.path)} is not a list`);
      list.push(structuredClone(op.value));
    } else if (Array.isArray(parent)) {
      parent.splice(at as number, 1);
    } else {
      if (!(at in parent)) throw new Error(`patch: nothing to remove at ${describe(op.path)}`);
      Reflect.deleteProperty(parent, at);
    }
  }
  return result;
}
