// A table cell squeezed so narrow that its words stand one or two characters to a line: a cell with 4 or more
// characters that is narrower than 56 CSS px and taller than 3 lines. Tables on a phone must become cards or scroll
// with readable columns instead.
() => {
  const problems = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const text = (cell.innerText || '').replace(/\s+/g, '');
    if ([...text].length < 4) continue;
    const r = cell.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(cell);
    const fontSize = parseFloat(style.fontSize);
    const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.5 : parseFloat(style.lineHeight);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const lines = (r.height - padding) / lineHeight;
    if (r.width < 56 && lines > 3) {
      problems.push(`table cell «${text.slice(0, 20)}» is squeezed to ${Math.round(r.width)} px wide and ${Math.round(lines)} lines tall`);
    }
  }
  return problems.slice(0, 20);
}
