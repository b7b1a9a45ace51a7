// A table that scrolls sideways on a phone must say so and keep its rows readable: a visible cue
// ([data-scroll-cue], e.g. «横にスクロールできます →») in or just before its scroller, and a sticky first column, so a
// reader who scrolls to 令和3年度 still sees which indicator the number belongs to.
() => {
  const problems = [];
  const visible = el => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const table of document.querySelectorAll('table')) {
    let scroller = null;
    for (let a = table.parentElement; a && a !== document.body; a = a.parentElement) {
      const x = getComputedStyle(a).overflowX;
      if (x === 'auto' || x === 'scroll') { scroller = a; break; }
    }
    if (!scroller || scroller.scrollWidth <= scroller.clientWidth + 1 || !visible(table)) continue;
    const name = (table.querySelector('caption')?.innerText || table.id || 'table').trim().slice(0, 40);
    const before = scroller.previousElementSibling;
    const cue = scroller.querySelector('[data-scroll-cue]') || (before && before.matches('[data-scroll-cue]') ? before : null);
    if (!visible(cue)) {
      problems.push(`table «${name}» scrolls sideways with no visible cue ([data-scroll-cue]) that it scrolls`);
    }
    const first = table.querySelector('tbody tr > :first-child');
    if (first && getComputedStyle(first).position !== 'sticky') {
      problems.push(`table «${name}» scrolls sideways but its first column is not sticky`);
    }
  }
  return problems;
}
