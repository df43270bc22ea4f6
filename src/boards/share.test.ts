import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aPerson, askWhom, mastodonHost, shareLinks, shorten } from './share.ts';

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
