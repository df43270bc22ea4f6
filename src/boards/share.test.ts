import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aPerson, answerShare, askWhom, boardShare, mastodonHost, questionShare, shareLinks, shorten } from './share.ts';

test('"Ask a manager": the label with a sensible article, lower-cased unless it starts with an acronym', () => {
  assert.equal(aPerson('Manager'), 'a manager');
  assert.equal(aPerson('Digital specialist'), 'a digital specialist');
  assert.equal(aPerson('Person using services'), 'a person using services');
  assert.equal(aPerson('Occupational therapist'), 'an occupational therapist');
  assert.equal(aPerson('Unpaid carer'), 'an unpaid carer');
  assert.equal(aPerson('User of services'), 'a user of services');
  assert.equal(aPerson('NHS manager'), 'an NHS manager');
  assert.equal(aPerson('GP'), 'a GP');
  assert.equal(askWhom({ label: 'Other', plural: 'anyone else' }), 'anyone else');
  assert.equal(askWhom({ label: 'Other', plural: null }), 'anyone else');
  assert.equal(askWhom({ label: 'Manager', plural: 'managers' }), 'a manager');
});

test('a Mastodon server is only ever a plain hostname', () => {
  assert.equal(mastodonHost('mastodon.social'), 'mastodon.social');
  assert.equal(mastodonHost('https://Mastodon.Social/'), 'mastodon.social');
  assert.equal(mastodonHost('@me@toot.example.org'), 'toot.example.org');
  for (const bad of ['', 'localhost', '10.0.0.1', 'x.com:80', 'x.com/path', 'a@b@x.com', 'x_y.com', 'http://x.com', 'x.com?q', 'x.com#f', 'x.c0m']) {
    assert.equal(mastodonHost(bad), null, bad);
  }
});

test('share links are plain addresses with the text and link encoded', () => {
  const links = shareLinks({ url: 'https://r.example/b/x?perspective=p1', title: 'A & B', text: 'Read “this” #now' });
  assert.deepEqual(
    links.map((l) => l.site),
    ['Email', 'X', 'Bluesky', 'LinkedIn', 'Facebook', 'WhatsApp'],
  );
  for (const link of links) {
    assert.ok(!/[\s"<>]/.test(link.href), `${link.site}: nothing left unencoded`);
    assert.ok(link.href.includes(encodeURIComponent('https://r.example/b/x?perspective=p1')), `${link.site} carries the link`);
  }
  assert.equal(links[0]!.href, `mailto:?subject=A%20%26%20B&body=${encodeURIComponent('Read “this” #now\n\nhttps://r.example/b/x?perspective=p1')}`);
});

test('descriptions are cut at a word', () => {
  assert.equal(shorten('short', 10), 'short');
  assert.equal(shorten('one two three four five', 14), 'one two three…');
  assert.equal(shorten('a\n\nb', 10), 'a b');
});

test('a share card reads in one language: English by default, Welsh for a board shown in Welsh or a Welsh page', () => {
  const board = { slug: 'x', title: 'Finding time', intro: '', archivedAt: null };
  const english = boardShare('https://r.example', board);
  assert.equal(
    english.image?.alt,
    'A grid of the questions on “Finding time” and the points of view answering them, shaded by how many answers each has, with the number of answers and of voices still missing',
  );
  assert.equal(english.share.text, 'Finding time – answers from every point of view. Read them, or add yours.');

  const shownInWelsh = boardShare('https://r.example', { ...board, title: 'Dod o hyd i amser', lang: 'cy' as const });
  assert.match(shownInWelsh.image?.alt ?? '', /^Grid o’r cwestiynau ar “Dod o hyd i amser” a’r safbwyntiau sy’n eu hateb/);
  assert.equal(shownInWelsh.share.text, 'Dod o hyd i amser – atebion o bob safbwynt. Darllenwch nhw, neu ychwanegwch eich un chi.');
  assert.equal(shownInWelsh.description, 'Dod o hyd i amser: atebion o bob safbwynt.');
  // The page's language, when given, decides.
  assert.match(boardShare('https://r.example', board, 'cy').image?.alt ?? '', /^Grid o’r cwestiynau ar “Finding time”/);

  const asking = { key: 'p1', label: 'Rheolwr', plural: null };
  const question = questionShare('https://r.example', { ...board, lang: 'cy' as const }, { key: 'q1', text: 'Beth yn gyntaf?' }, asking);
  assert.equal(question.share.text, 'Fel rhywun o safbwynt “Rheolwr”, sut fyddech chi’n ateb “Beth yn gyntaf?”?');
  assert.match(question.image?.alt ?? '', /^Grid o’r cwestiynau/);

  const answer = {
    id: 'a1',
    body: 'Gofynnwch.',
    displayName: null,
    perspectiveLabel: 'Nyrs',
    questionText: 'Beth yn gyntaf?',
    boardTitle: 'Amser',
    boardSlug: 'x',
  };
  const welshAnswer = answerShare('https://r.example', answer, null, 'cy');
  assert.equal(welshAnswer.share.text, 'Dienw (Nyrs) ar “Beth yn gyntaf?”');
  assert.match(welshAnswer.image?.alt ?? '', /^Grid o’r cwestiynau ar “Amser”/);
  assert.equal(answerShare('https://r.example', answer, null).share.text, 'Anonymous (Nyrs) on “Beth yn gyntaf?”');
  assert.equal(answerShare('https://r.example', answer, '2026-01-01T00:00:00.000Z', 'cy').image, undefined, 'no image for an archived board');
});

test('share links are named in the page’s language', () => {
  const target = { url: 'https://r.example/b/x', title: 'X', text: 'Y' };
  assert.deepEqual(
    shareLinks(target).map((l) => l.name),
    ['Share by email', 'Share on X', 'Share on Bluesky', 'Share on LinkedIn', 'Share on Facebook', 'Share on WhatsApp'],
  );
  assert.deepEqual(
    shareLinks(target, 'cy').map((l) => l.name),
    ['Rhannu drwy e-bost', 'Rhannu ar X', 'Rhannu ar Bluesky', 'Rhannu ar LinkedIn', 'Rhannu ar Facebook', 'Rhannu ar WhatsApp'],
  );
});
