/**
 * Behaviour for server-rendered controls, one controller per kind for the whole page (see
 * components/layout/procedure-controls.tsx): delegated listeners instead of a component per card.
 */
export type PageController = {
  /** Brings every control on the page, new ones included, in line with the current state. */
  refresh: () => void;
  stop: () => void;
};

/** Sets an attribute only when it changes, so a refresh of unchanged controls writes nothing. */
export function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
