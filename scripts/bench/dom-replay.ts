/**
 * The page's half of `step_dom_floor_p95_ms`: it defines `window.__domReplay`, whose functions
 * change a live DOM from one recorded markup to the next with the fewest operations it can
 * find, and with no script of the app running.
 *
 * - `plan(fromHtml, toHtml)`: the operations, each aimed at a path of child indexes in the old
 *   tree. Nodes to insert are built here, ahead of time, so the replay itself only moves them.
 * - `resolve(ops, root)`: the node each operation changes, found before any of them runs.
 * - `run(resolved)`: makes the changes.
 *
 * Siblings are matched as React matches them: by key where the DOM shows one (a transcript
 * row's `data-row`, a line's `data-seq`, a group by its first row) and by tag otherwise.
 * The script is a string: tsx would wrap functions passed to the page in a helper it lacks.
 */
export const DOM_REPLAY_SCRIPT = `(() => {
  const parse = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };
  const keyOf = (node) => {
    if (node.nodeType !== 1) return '#' + node.nodeType;
    const key = node.getAttribute('data-row') ?? node.getAttribute('data-seq');
    if (key !== null) return node.tagName + ':' + key;
    if (node.tagName === 'SECTION' && node.firstElementChild !== null)
      return 'SECTION>' + keyOf(node.firstElementChild);
    return node.tagName;
  };
  const diff = (a, b, path, ops) => {
    if (a.nodeType === 3 || a.nodeType === 8) {
      if (a.nodeValue !== b.nodeValue) ops.push({ kind: 'text', path, value: b.nodeValue });
      return;
    }
    if (a.nodeType === 1) {
      for (const { name, value } of b.attributes)
        if (a.getAttribute(name) !== value) ops.push({ kind: 'attribute', path, name, value });
      for (const { name } of a.attributes)
        if (!b.hasAttribute(name)) ops.push({ kind: 'attribute', path, name, value: null });
    }
    const before = [...a.childNodes];
    const after = [...b.childNodes];
    let head = 0;
    while (head < before.length && head < after.length && keyOf(before[head]) === keyOf(after[head]))
      head += 1;
    let tail = 0;
    while (
      tail < before.length - head &&
      tail < after.length - head &&
      keyOf(before[before.length - 1 - tail]) === keyOf(after[after.length - 1 - tail])
    )
      tail += 1;
    for (let i = 0; i < head; i++) diff(before[i], after[i], [...path, i], ops);
    for (let i = 1; i <= tail; i++)
      diff(before[before.length - i], after[after.length - i], [...path, before.length - i], ops);
    const removed = before.length - head - tail;
    const added = after.slice(head, after.length - tail);
    if (removed > 0 || added.length > 0)
      ops.push({
        kind: 'splice',
        path,
        at: head,
        removed,
        nodes: added.map((node) => document.importNode(node, true)),
      });
  };
  const plan = (fromHtml, toHtml) => {
    const ops = [];
    diff(parse(fromHtml), parse(toHtml), [], ops);
    return ops;
  };
  const resolve = (ops, root) =>
    ops.map((op) => {
      let node = root;
      for (const index of op.path) {
        node = node.childNodes[index];
        if (node === undefined)
          throw new Error('the page is not the recorded one at ' + op.path.join('/'));
      }
      if (op.kind !== 'splice') return { op, node };
      const children = [...node.childNodes];
      return {
        op,
        node,
        old: children.slice(op.at, op.at + op.removed),
        next: children[op.at + op.removed] ?? null,
      };
    });
  const run = (resolved) => {
    for (const { op, node, old, next } of resolved) {
      if (op.kind === 'text') node.nodeValue = op.value;
      else if (op.kind === 'attribute') {
        if (op.value === null) node.removeAttribute(op.name);
        else node.setAttribute(op.name, op.value);
        // A control's value attribute no longer moves it once a script has set its value.
        if (op.name === 'value' && op.value !== null && 'value' in node) node.value = op.value;
      } else {
        for (const child of old) child.remove();
        for (const child of op.nodes) node.insertBefore(child, next);
      }
    }
  };
  window.__domReplay = { plan, resolve, run };
})()`;
