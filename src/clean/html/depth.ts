// Readability's cost grows about with the cube of nesting depth (seconds at a
// thousand levels), and no real article needs more than a few dozen. Below
// MAX_DEPTH, a subtree is collapsed into its text, which keeps every word.

export const MAX_DEPTH = 100;

export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): number {
  let collapsed = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth >= maxDepth) {
      if (el.children.length) {
        el.textContent = el.textContent ?? '';
        collapsed++;
      }
      continue;
    }
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return collapsed;
}
