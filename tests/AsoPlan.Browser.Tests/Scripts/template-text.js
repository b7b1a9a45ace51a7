// Razor that reached the reader: template code in the visible text («計画の進み具合@if (…) {…}») or a tag helper
// attribute the server did not process (asp-for, portal-href) left in the page.
() => {
  const problems = [];
  const code = /@(?:if|else|foreach|for|while|switch|using|model|inject|await|section|Model|ViewData|ViewBag|Html|Url|Context)\b|@[({*]|\*@/g;
  const text = document.body.innerText || '';
  for (const line of text.split('\n')) {
    if (line.match(code)) {
      problems.push(`template code in the text: «${line.trim().slice(0, 80)}»`);
    }
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      if (/^(asp-|portal-)/.test(attribute.name) || attribute.value.match(code)) {
        problems.push(`unprocessed template attribute ${attribute.name}="${attribute.value.slice(0, 40)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
  }
  return problems.slice(0, 20);
}
