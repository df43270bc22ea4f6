// The offer of the other language (web/layout.tsx): shown to a first visitor whose browser puts that language before this
// page's, never a redirect. Dismissing it, following it, or using the language switch is remembered, and it is not shown again.

const remembered = 'roundtable-language-chosen';

function chosen(): boolean {
  try {
    return localStorage.getItem(remembered) === '1';
  } catch {
    return false;
  }
}

function remember(): void {
  try {
    localStorage.setItem(remembered, '1');
  } catch {
    // Storage refused (private browsing): the offer may show again on the next page.
  }
}

const offer = document.querySelector<HTMLElement>('[data-language-offer]');
const page = document.documentElement.lang.slice(0, 2);
if (offer && !chosen()) {
  const them = (offer.dataset.languageOffer ?? '').slice(0, 2);
  // The first of English and Welsh in the browser's list decides.
  const preferred = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => l === 'en' || l === 'cy');
  if (preferred === them && them !== page) offer.hidden = false;
}
offer?.querySelector('[data-language-dismiss]')?.addEventListener('click', () => {
  remember();
  offer.hidden = true;
});
for (const link of document.querySelectorAll('[data-language-switch], [data-language-offer] a')) link.addEventListener('click', remember);
