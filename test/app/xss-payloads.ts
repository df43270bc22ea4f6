// A corpus of cross-site scripting payloads (TRUST SEC-1), for tests that send them through every field a
// person writes in and look at every page that shows them. Each payload that could run does something a
// test can see: alert/confirm/prompt (a dialog), window.__xss or top.__xss set, or a request to
// /xss-beacon. Markup that runs no script but would still be injected (an image, a stylesheet, a frame)
// points at /xss-beacon too, so it is caught even while the Content-Security-Policy blocks scripts.
// Every alert number is different, so no two payloads are the same text even after cleaning.

export const xssPayloadsByCategory = {
  scriptTags: [
    '<script>alert(1)</script>',
    '<SCRIPT>alert(2)</SCRIPT>',
    '<ScRiPt>window.__xss=1</sCrIpT>',
    '<script type="text/javascript">alert(3)</script>',
    '<script src="/xss-beacon.js"></script>',
    '<script src=data:text/javascript,alert(4)></script>',
    '<scr<script>ipt>alert(5)</scr</script>ipt>',
    '<<script>script>alert(6)<</script>/script>',
    "<script>fetch('/xss-beacon?script')</script>",
    '<script/xss src=/xss-beacon?slash></script>',
    '<script>top.__xss=1</script>',
    '<script async defer>confirm(7)</script>',
    '<script nonce="guess">prompt(8)</script>',
    '<noscript><p title="</noscript><img src=x onerror=alert(9)>"></noscript>',
  ],
  eventHandlers: [
    '<img src=x onerror=alert(10)>',
    '<IMG SRC=x ONERROR=alert(11)>',
    '<img src=x onerror="window.__xss=1">',
    `<img src="x" onerror="fetch('/xss-beacon?img')">`,
    '<img src=/xss-beacon?plain-img>',
    '<img srcset="/xss-beacon?srcset 1x">',
    '<svg onload=alert(12)>',
    '<svg/onload=alert(13)>',
    '<body onload=alert(14)>',
    '<body onpageshow=alert(15)>',
    '<details open ontoggle=alert(16)>',
    '<video src=x onerror=alert(17)></video>',
    '<video><source onerror="alert(18)"></video>',
    '<audio src=x onerror=alert(19)>',
    '<input autofocus onfocus=alert(20)>',
    '<input onfocus=window.__xss=1 autofocus>',
    '<select autofocus onfocus=alert(21)></select>',
    '<textarea autofocus onfocus=alert(22)></textarea>',
    '<div onmouseover="alert(23)" style="position:fixed;inset:0">hover me</div>',
    '<a onmouseover=alert(24)>hover me</a>',
    '<iframe onload=alert(25)></iframe>',
    '<marquee onstart=alert(26)>x</marquee>',
    '<img src=x:alert(27) onerror=eval(src)>',
    '<style onload=alert(28)></style>',
    '<object data=/xss-beacon?object></object>',
  ],
  javascriptUrls: [
    '<a href="javascript:alert(29)">click</a>',
    '<a href="JaVaScRiPt:alert(30)">click</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(31)">click</a>',
    '<a href="jav&#x09;ascript:alert(32)">click</a>',
    '<a href="java\nscript:alert(33)">click</a>',
    '<a href=" javascript:alert(34)">click</a>',
    '<a href="javascript&colon;alert(35)">click</a>',
    '<a href="&#x6A;avascript:window.__xss=1">click</a>',
    '<iframe src="javascript:alert(36)"></iframe>',
    '<form action="javascript:alert(37)"><button>go</button></form>',
    '<form><button formaction="javascript:alert(38)">go</button></form>',
    '<img src="javascript:alert(39)">',
    '<embed src="javascript:alert(40)">',
    'javascript:alert(41)',
  ],
  dataUrls: [
    '<a href="data:text/html,<script>alert(42)</script>">click</a>',
    '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCg0Nik8L3NjcmlwdD4="></iframe>',
    '<object data="data:text/html,<script>alert(43)</script>"></object>',
    '<embed src="data:image/svg+xml,<svg onload=alert(44)>">',
    '<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoNTcpIi8+">',
  ],
  svg: [
    '<svg><script>alert(45)</script></svg>',
    '<svg><script href="data:,alert(47)"></script></svg>',
    '<svg><a xlink:href="javascript:alert(48)"><text x="20" y="20">click</text></a></svg>',
    '<svg><animate onbegin=alert(49) attributeName=x dur=1s>',
    '<svg><a><animate attributeName=href values=javascript:alert(50) /><text x=20 y=20>click</text></a></svg>',
    '<svg><set attributeName=onload to=alert(51) />',
    '<svg><a><set attributeName=href to=javascript:alert(52) /><text x=9 y=9>x</text></a></svg>',
    '<svg><foreignObject><iframe srcdoc="<script>alert(53)</script>"></iframe></foreignObject></svg>',
    '<svg><image href=/xss-beacon?svg-image />',
  ],
  mathml: [
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(54)>',
    '<math href="javascript:alert(55)">click</math>',
    '<math><maction actiontype=statusline xlink:href=javascript:alert(56)>click</maction></math>',
    '<math><mi xlink:href="data:x,<script>alert(58)</script>">click</mi></math>',
  ],
  framesMetaBase: [
    '<iframe srcdoc="<script>alert(59)</script>"></iframe>',
    '<iframe srcdoc="&lt;img src=x onerror=alert(60)&gt;"></iframe>',
    '<iframe src=/xss-beacon?iframe></iframe>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(61)">',
    '<meta http-equiv="refresh" content="0;url=/xss-beacon?refresh">',
    '<base href="javascript:alert(62)//">',
    '<base href="/xss-beacon/"><img src=base-relative>',
    '<meta http-equiv="Content-Security-Policy" content="script-src *"><script>alert(63)</script>',
  ],
  css: [
    "<style>@import '/xss-beacon?import';</style>",
    '<style>body{background:url("/xss-beacon?style")}</style>',
    '<div style="background-image:url(/xss-beacon?style-attr)">x</div>',
    '<div style="width:expression(alert(64))">x</div>',
    '<link rel="stylesheet" href="/xss-beacon?link.css">',
    '<style>*{x:expression(alert(65))}</style>',
    '<p style="behavior:url(/xss-beacon?behavior)">x</p>',
  ],
  attributeBreakouts: [
    '"><img src=x onerror=alert(66)>',
    "'><svg onload=alert(67)>",
    '" onmouseover="alert(68)',
    "' onfocus='alert(69)' autofocus='",
    '`><img src=x onerror=alert(70)>',
    '" autofocus onfocus=alert(71) x="',
    '"/><script>alert(72)</script>',
    '" style="background:url(/xss-beacon?dq-style)',
    "' style='background:url(/xss-beacon?sq-style)",
    'x" onerror="alert(73)" src="',
    '"><a href="javascript:alert(74)">click</a>',
  ],
  contextBreakouts: [
    '</textarea><script>alert(75)</script>',
    '</textarea><img src=x onerror=alert(76)>',
    '</title><script>alert(77)</script>',
    '</title><img src=x onerror=alert(78)>',
    '</script><script>alert(79)</script>',
    '</style><img src=x onerror=alert(80)>',
    '</noscript><img src=x onerror=alert(81)>',
    '</p></div></main><img src=x onerror=alert(82)>',
    '</td></tr></table><img src=x onerror=alert(83)>',
    '</option></select><img src=x onerror=alert(84)>',
    '</details><img src=x onerror=alert(85)>',
    '</code><img src=/xss-beacon?code>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template-injection payloads, sent as text
    '${alert(86)}',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above
    '`${window.__xss=1}`',
    "{{constructor.constructor('alert(87)')()}}",
  ],
  commentsAndCdata: [
    '<!--<img src=x onerror=alert(88)>-->',
    '--><img src=x onerror=alert(89)>',
    '<!--><img src=x onerror=alert(90)>-->',
    // The marker the board page splices its cached table in at: escaped text must never be mistaken for it.
    '<!--cached-part--><img src=x onerror=alert(91)>',
    '<![CDATA[<script>alert(92)</script>]]>',
    '<!--[if gte IE 4]><script>alert(93)</script><![endif]-->',
    "<? echo('<img src=x onerror=alert(94)>'); ?>",
  ],
  encoded: [
    '&lt;script&gt;alert(95)&lt;/script&gt;',
    '%3Cscript%3Ealert(96)%3C%2Fscript%3E',
    '\\u003cscript\\u003ealert(97)\\u003c/script\\u003e',
    '&#60;script&#62;alert(98)&#60;/script&#62;',
    '&#x3C;img src=x onerror=alert(99)&#x3E;',
    '&amp;lt;script&amp;gt;alert(100)&amp;lt;/script&amp;gt;',
    '%253Cscript%253Ealert(101)%253C/script%253E',
    '\\x3cscript\\x3ealert(102)\\x3c/script\\x3e',
    '＜script＞alert(103)＜/script＞',
    '<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;104&#41;>',
    '<img src=x onerror=\\u0061lert(105)>',
    '+ADw-script+AD4-alert(106)+ADw-/script+AD4-',
    '&lt;img src=x onerror=alert(107)&gt;',
  ],
  brokenMarkup: [
    '<img src=x onerror=alert(108)',
    '<script>alert(109)',
    '<svg onload=alert(110)//',
    '<img """><script>alert(111)</script>">',
    '<a href="javascript:alert(112)',
    '<iframe src=javascript:alert(113)',
    '<<img src=x onerror=alert(114)>>',
    '<img/src=x/onerror=alert(115)>',
    '<img src=x onerror=alert(116)\n>',
    '<div <img src=x onerror=alert(117)>>',
  ],
  jsonBreaking: [
    '</script><script>window.__xss=1</script>',
    '"}]}</script><script>alert(118)</script>',
    '\u2028alert(119)\u2029</script><script>alert(120)</script>',
    '"\u2028</script><img src=x onerror=alert(121)>',
    '\\"); alert(122); //',
    "'}; alert(123); //",
    '{"__proto__":{"x":"<img src=x onerror=alert(124)>"}}',
    '\\\\"</script><img src=/xss-beacon?json>',
  ],
  polyglots: [
    'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert(125) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(126)//>\\x3e',
    '\'"--></style></script><svg onload=alert(127)>',
    '"\'><img src=x onerror=alert(128)><"\'',
    'javascript:"/*\'/*`/*--></noscript></title></textarea></style></template></noembed></script><html " onmouseover=/*&lt;svg/*/onload=alert(129)//>',
    '-->\'"/></sCript><deTailS open x=">" ontoggle=(co\\u006efirm)``>',
  ],
  markdownish: [
    '[x](javascript:alert(130))',
    '[click](JaVaScRiPt:alert(131))',
    '![img](x" onerror="alert(132))',
    '[a](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
    '<javascript:alert(133)>',
    '[x](<javascript:alert(134)>)',
    '**<img src=x onerror=alert(135)>**',
  ],
  appHooks: [
    // Hooks the site's own scripts look for: injected, they would let a payload steer them.
    '<button data-shortcut="a" formaction="/xss-beacon?shortcut" form="bulk-approve">a</button>',
    '<div data-queue-item tabindex=0 onfocus=alert(136)>x</div>',
    '<p data-private-link data-manage-path="javascript:alert(137)//">x</p>',
    '<div data-error-summary tabindex=-1 onfocus=alert(138)>x</div>',
    '<template><img src=x onerror=alert(139)></template>',
  ],
  spreadsheetFormulas: [
    // Not browser payloads: cells a spreadsheet would run (TRUST SEC-8), for the CSV export.
    '=HYPERLINK("http://x.invalid/xss-beacon?csv","alert(140)")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0 alert(141)",
    "-2+3+cmd|' /C calc'!A0",
    '=IMPORTXML("http://x.invalid/xss-beacon","//a") alert(142)',
    // A formula on the second line: a spreadsheet starts a new row at a line break the CSV left unquoted.
    "Read this\n=cmd|' /C calc'!A0 alert(143)",
    "Read this too\n@SUM(1+1)*cmd|' /C calc'!A0 alert(144)",
  ],
} as const satisfies Record<string, readonly string[]>;

export type XssPayloadCategory = keyof typeof xssPayloadsByCategory;

export const xssPayloads: string[] = Object.values(xssPayloadsByCategory).flat();

/**
 * What in server-rendered markup did not come from the view: tags not in `own`, and event-handler attributes.
 * Text is escaped (a "<" becomes "&lt;"), so every "<" followed by a letter is a real tag. Empty when every
 * payload arrived as text.
 */
export function foreignMarkup(html: string, own: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const tags = [...html.matchAll(/<([a-z][a-z0-9]*)((?:\s[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g)];
  if (tags.length !== (html.match(/<[a-z]/gi) ?? []).length) found.push('a tag the pattern cannot read');
  for (const [tag, name, attributes] of tags) {
    if (!own.has(name!)) found.push(tag);
    if ([...(attributes ?? '').matchAll(/\s([a-z-]+)/g)].some((m) => m[1]!.startsWith('on'))) found.push(tag);
  }
  return found;
}
