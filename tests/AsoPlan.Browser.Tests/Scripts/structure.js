// Structure a keyboard or screen-reader user relies on: one h1, no skipped heading levels, tables with header
// cells, and status badges that carry text (colour is never the only carrier of meaning).
() => {
  const problems = [];
  const rendered = el => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0
    || el.closest('.visually-hidden, .sr-only') !== null;
  const label = el => `<${el.tagName.toLowerCase()}${el.id ? ' id="' + el.id + '"' : ''}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}> «${(el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50)}»`;

  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(rendered);
  const level = h => h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level') || 2) : Number(h.tagName[1]);
  const h1s = headings.filter(h => level(h) === 1);
  if (h1s.length !== 1) {
    problems.push(`expected exactly one h1, found ${h1s.length}: ${h1s.map(label).join(', ')}`);
  }
  let previous = 1;
  for (const h of headings) {
    const current = level(h);
    if (current > previous + 1) {
      problems.push(`heading level skipped: h${previous} → h${current} at ${label(h)}`);
    }
    previous = current;
  }
  for (const h of headings) {
    if ((h.textContent || '').trim() === '' && !h.getAttribute('aria-label')) {
      problems.push(`empty heading ${label(h)}`);
    }
  }

  for (const table of document.querySelectorAll('table')) {
    if (table.getAttribute('role') === 'presentation') continue;
    if (!table.querySelector('th')) {
      problems.push(`table without header cells (th): ${label(table)}`);
    }
  }

  const carriers = document.querySelectorAll('.badge, [class*="rating"], [class*="achievement"], [class*="status"]');
  for (const el of carriers) {
    if (!rendered(el)) continue;
    const text = (el.innerText || '').trim() || el.getAttribute('aria-label') || el.getAttribute('title') || '';
    // A marker the author hid from assistive technology (aria-hidden) is decorative only when the element around
    // it says the same in words, e.g. a rating bar followed by its counts.
    const decorative = el.getAttribute('aria-hidden') === 'true' && (el.parentElement?.innerText || '').trim() !== '';
    if (text.trim() === '' && !decorative) {
      problems.push(`coloured marker without text, its meaning is carried by colour alone: ${label(el)}`);
    }
  }
  return problems;
}
