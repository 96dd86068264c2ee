// Boilerplate Readability lets through inside the article container.
export function removeBoilerplate(root: Element): void {
  void root;
}
