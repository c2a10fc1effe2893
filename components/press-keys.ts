/**
 * Keyboard activation for SVG marks that act as buttons (role="button" on a <g>): Enter and
 * Space call `onPress`, as they would on a <button>. Space is kept from scrolling the page.
 * Such marks take `tabindex` in lower case: Preact sets SVG props as attributes verbatim, and an
 * SVG element ignores a `tabIndex` attribute, so the camel-case prop leaves it unfocusable.
 */
export function pressKeys(onPress: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      onPress();
    }
  };
}
