// SG-1 crisis hold: does an answer suggest that its AUTHOR may be at risk now, or describe methods?
//
// Rules only, no dependencies. Stages:
//  1. Split the text into sentences, keeping UTF-16 offsets into the original.
//  2. Normalise each sentence (lower-case, straight quotes, collapse letter runs, common misspellings
//     and text-speak: "myslef", "wanna", "cant", "dont", "im", "ive", "any more" …).
//  3. Method: means/doses/how-to of self-harm or suicide in any person → kind 'method'.
//  4. Remove figures of speech ("killing myself trying to…", "rather die than…", "career suicide").
//  5. Find crisis cores ("kill myself", "don't want to be here", "better off without me", "suicidal" …).
//     Reflexive cores (myself / my life / without me) carry their own first person; the others need the
//     nearest subject before them to be "I"/"me" (or no subject at all: "cant go on").
//  6. Drop a core if it is negated ("I'm not suicidal", "I never wanted to…"), reported or quoted from
//     someone else ("a client posted 'I want to die'"), hypothetical ("if I ever felt…"), or past and
//     recovered (past tense plus a distant time marker or a recovery cue, with no present/recent cue).
// The first sentence with a surviving core (or a method) is returned; method wins over at-risk.

import { ADVICE_FRAME, EXTRA_CORES, EXTRA_FIXES, EXTRA_METHODS, FALLBACK_TERMS, MEANS_METHODS, METHOD_ADVICE, OTHER_SUBJECT } from './crisis.rules.ts';

export type CrisisKind = 'at-risk' | 'method';
export interface CrisisFinding {
  kind: CrisisKind;
  /** UTF-16 offsets of the sentence that triggered it, in the text given */
  start: number;
  end: number;
}

interface Sentence {
  start: number;
  end: number;
  norm: string;
}

// ---------- 1. sentences ----------

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]*(?:[.!?]+(?=\s|$|["'”’)])["'”’)]*|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, norm: normalise(text.slice(s, e)) });
  }
  return out;
}

// ---------- 2. normalisation ----------

const FIXES: [RegExp, string][] = [
  [/[’‘`´]/g, "'"],
  [/[“”]/g, '"'],
  [/([a-z])\1{2,}/g, '$1$1'],
  [/\bmy ?slef\b|\bmysef\b|\bmyslf\b|\bmyelf\b|\bmself\b|\bmy self\b|\bmeself\b|\bmyslef\b|\bmysel\b/g, 'myself'],
  [/\bkms\b/g, 'kill myself'],
  [/\bwanna\b|\bwana\b|\bwnna\b|\bwannna\b/g, 'want to'],
  [/\bwant 2\b/g, 'want to'],
  [/\bwan't\b|\bwnat\b|\bwnt\b/g, 'want'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bcan ?not\b|\bcant\b|\bcan't\b|\bcan t\b|\bcnt\b/g, "can't"],
  [/\bdo not\b|\bdont\b|\bdon t\b|\bdnt\b/g, "don't"],
  [/\bdid not\b|\bdidnt\b/g, "didn't"],
  [/\bwill not\b|\bwont\b/g, "won't"],
  [/\bwould not\b|\bwouldnt\b/g, "wouldn't"],
  [/\bis not\b|\bisnt\b/g, "isn't"],
  [/\bam not\b/g, "'m not"],
  [/\bwas not\b|\bwasnt\b/g, "wasn't"],
  [/\bhave not\b|\bhavent\b/g, "haven't"],
  [/\bcould not\b|\bcouldnt\b/g, "couldn't"],
  [/\bi am\b|\bim\b|\bi m\b|\bi'm\b/g, "i'm"],
  [/\bi have\b|\bive\b|\bi've\b/g, "i've"],
  [/\bi will\b|\bi'll\b/g, "i'll"],
  [/\bi would\b|\bid\b/g, "i'd"],
  [/\bany more\b/g, 'anymore'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\brn\b/g, 'right now'],
  [/\btonite\b|\b2nite\b|\b2night\b/g, 'tonight'],
  [/\btmrw\b|\btomoz\b|\b2moro\b|\btomorow\b|\btommorow\b|\btommorrow\b/g, 'tomorrow'],
  [/\bsu[ic]{1,3}[id]{1,2}[ae]l\b|\bsuicidle\b|\bsuisidal\b|\bsucidal\b|\bsuicdal\b|\bsuiciadal\b/g, 'suicidal'],
  [/\bevery1\b|\bevryone\b|\beveryon\b/g, 'everyone'],
  [/\bno1\b|\bnoone\b|\bno-one\b|\bnobody\b/g, 'no one'],
  [/\bsome1\b/g, 'someone'],
  [/\bpils\b|\bpilz\b/g, 'pills'],
  [/\btabs\b|\btablts\b|\btabelts\b/g, 'tablets'],
  [/\bself[- ]harm/g, 'self-harm'],
  [/\bover dose/g, 'overdose'],
  [/\bthru\b/g, 'through'],
  [/&/g, ' and '],
  [/\s+/g, ' '],
];

function normalise(s: string): string {
  let t = s.toLowerCase();
  for (const [re, rep] of FIXES) t = t.replace(re, rep);
  for (const [re, rep] of EXTRA_FIXES) t = t.replace(re, rep);
  // relative clauses "someone I support" → "someone": the "I" is not the subject of what follows
  t = t.replace(
    /\b(someone|somebody|person|people|clients?|patients?|man|woman|lady|guy|girl|boy|residents?|service users?|young person|young people|family|carers?|friends?|colleagues?|users?|followers?|individuals?|men|women|families|teenagers?|kids?|children|child|lad|chap|gentleman|one|those|student|students|tenant|tenants)( that| who| whom)? i('m)? (support|supported|work with|worked with|care for|cared for|look after|looked after|know|knew|visit|visited|see|saw|met|manage|managed|supervise|follow|followed|am supporting|supporting|used to support|nurse|nursed|treat|treated|mentor|teach|taught|live with|lived with)\b/g,
    '$1',
  );
  return t.trim();
}

// ---------- 3. methods ----------

const DRUG =
  '(?:paracetamol|ibuprofen|aspirin|co-?codamol|codeine|tramadol|morphine|oxycodone|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|diazepam|zopiclone|quetiapine|lithium|insulin|tablets|pills|capsules|sleeping (?:pills|tablets)|painkillers|antidepressants|meds|medication)';
const METHOD_RES: RegExp[] = [
  // a number of tablets/milligrams alongside overdose/death context
  new RegExp(`\\b\\d+\\s*(?:x\\s*)?(?:mg|g|grams?|milligrams?|packets? of|boxes of|of)?\\s*(?:${DRUG})\\b[^.]*\\b(?:overdose|lethal|fatal|die|dying|kill|end (?:it|my life|things)|enough to|swallow|all at once|with (?:vodka|alcohol|wine|whisky|gin|beer))`),
  new RegExp(`\\b(?:overdose|overdosed|od|die|kill|lethal|fatal|swallow(?:ed|ing)?|take|took|taken|taking)\\b[^.]*\\b\\d+\\s*(?:x\\s*)?(?:mg|g|grams?)?\\s*(?:of )?(?:${DRUG})\\b`),
  new RegExp(`\\b(?:whole|entire|full) (?:box|packet|pack|bottle|strip|blister pack)s? of (?:${DRUG})`),
  new RegExp(`\\b(?:${DRUG}) (?:with|and|washed down with) (?:a bottle of |half a bottle of )?(?:vodka|alcohol|wine|whisky|gin)\\b`),
  /\bhow (?:many|much) (?:[\w-]+ ){0,4}(?:would it take|does it take|it takes|do you need|would you need|to (?:die|kill|overdose|end)|is (?:lethal|fatal|enough to))/,
  /\b(?:lethal|fatal) (?:dose|amount|quantity)\b/,
  /\b(?:best|quickest|easiest|fastest|most painless|painless|surest|least painful|simplest|right) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill|killing|end|ending|suicide|commit|hang|hanging|overdose|overdosing|self-harm|cut|cutting)\b/,
  /\bhow to (?:kill (?:myself|yourself|oneself)|hang (?:myself|yourself)|tie a noose|make a noose|cut deep|overdose|end (?:my|your) life|commit suicide)\b/,
  /\b(?:tie|tied|tying|make|made|making|bought|buy|buying|got|have|hid|hidden|hiding)\b (?:a |the |my )?(?:noose|ligature)s?\b/,
  /\bhang(?:ed|ing)? (?:myself|himself|herself|themselves|yourself) (?:from|with|in|off|on|using)\b/,
  /\b(?:cut|cutting|slash|slashing|slit|slitting)(?: (?:open|into))? (?:my|his|her|their|your)? ?(?:wrists?|arms?|thighs?|legs?|throat|stomach)\b[^.]*\b(?:with|using|deep|deeper|vertical|vertically|along|open|razor|blade|knife|scissors|glass)\b/,
  /\b(?:razor|razor blades?|blades?|knife|scissors|glass|pencil sharpener blades?)\b[^.]*\b(?:to cut|cut (?:my|his|her|their)|cutting (?:my|his|her|their))\b/,
  /\bjump(?:ed|ing)? (?:off|from) (?:a|the|that|my) (?:\w+ )?(?:bridge|building|car park|multi-storey|cliff|roof|balcony|block of flats|tower|motorway bridge)\b/,
  /\b(?:in front of|under) (?:a|the) (?:train|lorry|bus|tube|truck)\b/,
  /\b(?:carbon monoxide|exhaust fumes|hose ?pipe to|charcoal (?:in|burning)|helium|gas oven)\b/,
  /\b(?:drink|drank|drinking|swallow|swallowed|swallowing) (?:some |a bottle of )?(?:bleach|antifreeze|weedkiller|poison|drain cleaner)\b/,
  /\b(?:plastic )?bag over (?:my|his|her|their|your) head\b/,
  /\bstop(?:ped)? taking my insulin\b/,
  ...EXTRA_METHODS,
  ...MEANS_METHODS,
  /\b(?:which|what) (?:tablets|pills|drugs|medication|meds|medicines|way|method|poison)\b[^.]*\b(?:kill|die|lethal|fatal|overdose)\b[^.]*\b(?:fastest|quickest|quickly|fast|painless|painlessly|best|easiest|surest)\b/,
];

// ---------- 4. figures of speech, removed before looking for cores ----------

const FIGURATIVE: RegExp[] = [
  /\bkill(?:ing|ed)? myself (?:laughing|trying|working|running|getting|doing|to (?:get|finish|fit|meet|keep|make)|over (?:this|it|the)|for (?:this|a|the|nothing))\b[^,;]*/g,
  /\b(?:could|could have|could've|nearly|almost) (?:kill(?:ed)? (?:for|him|her|them|you|someone|somebody|my (?:manager|boss|colleague))|died)\b[^,;]*/g,
  /\b(?:want(?:ed)?|wanting|wish(?:ed)?) (?:to|i could|i'd|i had|i'd just) (?:just )?(?:die|curl up and die|disappear|be dead)[^,;]*? (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|cringe|mortification)\b/g,
  /\b(?:die|died|dying) (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|cringe)\b/g,
  /\bcurl up and die\b/g,
  /\b(?:rather|sooner) (?:die|be dead|kill myself|eat my own)\b[^.]*?\bthan\b/g,
  /\bkill(?:ed)? myself (?:if|when) (?:i have to|i've to|i see|i hear|one more|another|anyone else|i get one more|they (?:make|ask))\b[^.]*/g,
  /\b(?:wanted|could have|could've) (?:to )?kill(?:ed)? myself (?:when|after) i (?:saw|realised|realized|read|noticed|heard|found out|sent|posted|pressed)\b/g,
  /\b(?:career|social|political|professional|reputational|commercial|digital) suicide\b/g,
  /\bsuicidal (?:for|to) (?:my|your|the|a|our) (?:career|job|reputation|business|registration|team|service)\b/g,
  /\b(?:dying|died) (?:to|for) (?:try|see|know|get|a|go|hear|meet|read|have)\b/g,
  /\bto die for\b/g,
  /\b(?:bored|worked|stressed|scared|frightened) (?:me |myself )?to death\b/g,
  /\b(?:killing|kills|killed) me\b/g,
  /\b(?:killing|killed|smashing|smashed) it\b/g,
  /\b(?:dead|deathly) (?:tired|beat|on my feet|bored|serious|easy|good|right|keen|quiet|funny)\b/g,
  /\b(?:murder|murdered|kill|killed) (?:a|for a|for an|some|the) (?:pizza|curry|pint|burger|brew|coffee|cuppa|kebab|drink|takeaway|sandwich|cake)\b/g,
  /\b(?:the death of me|over my dead body|kill two birds|dressed to kill|shoot me now|just shoot me|kill me now)\b/g,
  /\b(?:nearly|almost|practically|literally|basically) (?:killed|died|dying|dead)\b[^,;]*/g,
  /\b(?:end|ending|ended) (?:the|this|that|our|my) (?:meeting|call|shift|session|day|week|contract|conversation|thread|relationship|subscription|account|tenancy|chat)\b/g,
  /\b(?:phone|battery|laptop|car|plant|plants|wifi|internet|computer|printer|conversation|joke|thread|account|project|idea|trend) (?:has |had |just )?(?:died|dead|is dead|was dead)\b/g,
  /\b(?:dying|died|die|dies) (?:of|from) (?:boredom|cringe|embarrassment|shame|laughter|heat|thirst|hunger|curiosity)\b/g,
  /\bi'm dead\s*(?:😂|🤣|lol|lmao|haha|\W*$)/g,
];

// ---------- 5. cores ----------

interface Core {
  re: RegExp;
  g: RegExp;
  /** carries its own first person (myself, my life, without me) */
  self: boolean;
}

const c = (re: RegExp, self = false): Core => ({ re, g: new RegExp(re.source, 'g'), self });
const CORES: Core[] = [
  c(/\b(?:kill|killing|killed|hurt|hurting|harm|harming|harmed|cut|cutting|hang|hanging|hanged|hung|drown|drowning|drowned|poison|poisoning|poisoned|starve|starving|starved|burn|burning|burned|burnt|off|offing|top|topping|topped|strangle|strangling|suffocate|suffocating|overdose|overdosing|punish|punishing|punched|punching|scratch|scratching|scratched|bang|banging|stab|stabbing|shoot|shooting|smother|end|ending|do away with)\s+myself\b/, true),
  c(/\b(?:end|ending|ended|take|taking|took|taken|finish|finishing) (?:my|my own) (?:own )?life\b/, true),
  c(/\b(?:better|happier|easier) (?:off )?(?:without me|if i (?:was|were|wasn't|weren't|died|was gone|were gone|wasn't here|weren't here|didn't exist|disappeared))\b/, true),
  c(/\b(?:no one|everyone|anyone|nobody|none of them|my (?:family|kids|children|partner|husband|wife|friends))\b[^.]{0,40}\b(?:miss|notice|care|be better|be happier|be fine|be relieved|cope)\b[^.]{0,30}\b(?:me|i'm gone|i was gone|i were gone|i died|i wasn't here|i weren't here|without me|i'm not here)\b/, true),
  c(/\bmy (?:suicide|goodbye|goodbyes|last goodbye|final goodbye|funeral plans|note to|will and)\b/, true),
  c(/\b(?:take|taking|swallow|swallowing|take all|taking all) (?:all )?(?:of )?my (?:tablets|pills|meds|medication|medicine|prescription)(?: at once| in one go| together)?\b(?! (?:on time|every|as|each|daily|at night|in the morning|with food|regularly|properly))/, true),
  c(/\bmy life (?:is|isn't|feels|has become) (?:not )?(?:worth living|worthless|pointless|meaningless|over|not worth)\b/, true),
  c(/\b(?:suicidal|suicidally)\b/),
  c(/\b(?:suicidal )?(?:thoughts|thinking|thought) (?:of|about) (?:suicide|dying|death|ending (?:it|things|everything|my life)|not being here|not waking up)\b/),
  c(/\b(?:want|wants|wanted|wanting|wish|wished|wishing|ready|going|planning|plan|decided|deserve|need|long|longing|pray|praying|hope) (?:to )?(?:just )?(?:die|be dead|not exist|not be alive|not wake up|never wake up)\b/),
  c(/\bwish(?:ed)? i (?:was|were|could be) (?:dead|gone|never born)\b|\bwish(?:ed)? i (?:wasn't|weren't) (?:here|alive|born|around)\b|\bwish(?:ed)? i'd never (?:been born|woken up)\b|\bwish(?:ed)? i (?:could )?(?:just )?(?:die|disappear|go to sleep and (?:not|never) wake up|not wake up|never wake up)\b|\bwish(?:ed)? (?:i'd|i had) died\b/),
  c(/\b(?:don't|didn't|do not) want to (?:be here|be alive|live|exist|wake up|carry on|go on|keep going|be around|be on this earth|be in this world|live like this|live anymore)\b/),
  c(/\b(?:can't|couldn't) (?:go on|carry on|keep going|keep living|live like this|do this anymore|do life|face (?:another day|tomorrow|living|life|it anymore)|see a way out|see any way out|see the point|see a future|see any future|be here anymore|cope anymore|take it anymore|take anymore|stand (?:it|being alive|living) anymore)\b(?! (?:with|working|doing|at|in this|in the|on this|on the|without))/),
  c(/\bdon't think i can (?:go on|carry on|keep going|do this anymore|cope much longer|keep living)\b/),
  c(/\b(?:no|any|the|what's the|whats the|what is the) (?:reason|point) (?:to|in|of) (?:live|living|go on|going on|carry on|carrying on|be here|being here|being alive|staying alive|life|anything anymore|me being here|waking up|existing|trying anymore)\b/),
  c(/\b(?:don't|can't) see (?:the|any) point (?:in|of) (?:living|life|going on|being here|carrying on|anything|waking up|existing|me)\b/),
  c(/\blife (?:isn't|is not|is no longer|no longer feels|doesn't feel|does not feel) worth (?:living|it)\b/),
  c(/\b(?:better off|rather be|would be better) (?:dead|gone)\b|\b(?:rather|sooner) (?:die|be dead|not be here|not be alive|not wake up)\b/),
  c(/\b(?:going to|will|i'll|want to|plan to|planning to|planning on|ready to|decided to|about to|thinking (?:about|of)|thought about|think about|tempted to|close to|time to|need to|going to just) (?:just )?end(?:ing)? (?:it|things|everything|it all|my suffering|the pain)\b(?! (?:with|between))/),
  c(/\bend(?:ing)? it all\b/),
  c(/\bto (?:just |simply )?end (?:it|things|everything)\b(?! (?:with|between))/),
  c(/\b(?:run out of|no more|no|any) reasons? (?:to|for) (?:live|living|keep going|go on|going on|carry on|stay|staying|be here)\b/),
  c(/\b(?:disappointed|sad|gutted|angry|sorry|upset|annoyed|hate) (?:that )?(?:i'm|i am|i've|to be|i was) still (?:alive|here|breathing|waking up)\b|\b(?:hate|dread) waking up\b/),
  c(/\b(?:cutting|self-harming|harming|burning) (?:again|more|every)\b/),
  c(/\b(?:i'm|i am) (?:just |finally )?ending (?:it|things|everything)\b(?! (?:with|between))/),
  c(/\bby the time (?:anyone|you|someone|people|they|anybody) (?:read|reads|see|sees|find|finds) this\b/, true),
  c(/\b(?:won't|will not|may not|might not|wont) be (?:here|around|alive) (?:tomorrow|much longer|for (?:much )?longer|for long|by|next|anymore|in the morning|to see)\b/),
  c(/\bthis is my (?:last|final) (?:post|message|day|night|answer|goodbye)\b|\b(?:tonight|today|tonight's|today's|tomorrow) (?:is|'s|will be) the (?:night|day)\b|\btonight's the night\b/),
  c(/\bsay(?:ing)? (?:my )?goodbyes?\b[^.]*\b(?:everyone|forever|for good|last time|family|kids)\b|\bsaid my goodbyes\b/),
  c(/\b(?:it'll|it will) all be over (?:soon|tonight|tomorrow|by)\b|\bi'll be gone (?:soon|by|tomorrow|tonight|before)\b/),
  c(/\b(?:i'm|i am|i feel like|i feel|feel like|feeling like) (?:such |just |nothing but |only |a complete |a huge )?a (?:burden|waste of space|waste of oxygen)\b/),
  c(/\b(?:disappear|go away|vanish) (?:forever|for good|and never come back)\b|\bgo to sleep and (?:not|never) wake up\b|\bnot wake up (?:tomorrow|in the morning|again)\b/),
  c(/\bgive(?:n)? up on (?:life|living|everything|myself)\b|\b(?:done|finished) with (?:life|living|being alive|it all|everything)\b/),
  c(/\b(?:overdose|overdosed|overdosing|od'd|od)\b/),
  c(/\b(?:attempt(?:ed)?|try|tried|trying) (?:suicide|to commit suicide|to take my life|to end it)\b|\bsuicide attempt\b/),
  c(/\bself-harm(?:ing|ed)?\b|\bselfharm(?:ing|ed)?\b/),
  c(/\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|storing|stored|keeping|kept|building up|built up) (?:up )?(?:all )?(?:of )?(?:my |some |the |a stash of |enough )?(?:tablets|pills|meds|medication|medicine|paracetamol|painkillers|sleeping pills|sleeping tablets|antidepressants|insulin)\b/),
  c(/\b(?:feel|feeling|felt) like (?:dying|ending it|ending things|ending everything|giving up on life|not being here|i want to die|disappearing forever)\b/),
  c(/\b(?:there's|there is|i see|see) no (?:way out|way forward|future for me|hope for me|point anymore)\b/),
  c(/\bhate being alive\b|\bhate (?:my )?(?:existing|existence)\b|\bnot (?:want|wanting) to be alive\b/),
  c(/\b(?:written|wrote|writing|left|leave|leaving) (?:a|my) (?:suicide )?(?:note|letter)s? (?:to|for) (?:my|everyone)\b/),
  ...EXTRA_CORES.map(([re, self]) => c(re, self)),
];

// ---------- 6. cues ----------

const SUBJECT = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|us|you|you're|you've|your|he|he's|she|she's|they|they're|they've|them|him|her|it|it's|someone|somebody|anyone|anybody|everyone|everybody|people|person|client|clients|patient|patients|resident|residents|service users?|users?|friends?|son|daughter|mother|mum|father|dad|husband|wife|partner|brother|sister|child|children|kid|kids|teenagers?|man|woman|men|women|boy|girl|colleagues?|followers?|individuals?|who|those|many|one|staff|nurse|worker|carer|carers|family|families|student|students|young people|young person|lad|lady|gentleman|tenant|member|neighbour|neighbours|flatmate|housemate|mate|mates|aunt|uncle|cousin|nan|gran|grandad|grandma|grandpa|niece|nephew|boyfriend|girlfriend|fiance|fiancee|pupil|pupils|learner|mentee|caller|callers|youngster|teen|veteran|relative|relatives|grandson|granddaughter|stepson|stepdaughter|sibling|siblings)\b/g;
const FIRST = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my']);
const OBJECT_ONLY = new Set(['me', 'my', 'us', 'them', 'him', 'your']);

const REPORT = /\b(?:said|says|saying|posted|posting|wrote|writes|writing|tweeted|tweets|tweeting|messaged|messaging|texted|texting|told|tells|telling|mentioned|mentions|mentioning|shared|shares|disclosed|discloses|disclosing|commented|replied|replies|put|puts|typed|shouted|screamed|asked|asks|asking|admitted|admits|stated|reported|claimed|threatened|threatens|threatening|announced|rang|phoned|called|emailed|dm'd|dmed|sent|hinting|hinted|hints|expressed|expresses|expressing|talks|talking|talked|spoke|speaks)\b/g;
const QUOTE_CUE = /\b(?:phrases? like|words like|such as|e\.?g\.?|things like|comments? like|statements? like|posts? like|messages? like|something like|lines like|for example|for instance|language like|saying things like)\b/;
const NEG = /\b(?:not|never|no longer|no intention|won't|wouldn't|don't|didn't|isn't|wasn't|haven't|hasn't|aren't|nor|neither|nothing like|far from)\b|n't\b/;
const NEG_WIDE = /\b(?:never|didn't|did not) (?:said|say|wrote|write|meant|posted)\b|\b(?:isn't|not|wasn't) (?:me |that i'm |because i'm )?saying\b|\b(?:stopped|kept|saved|prevented|talked) me (?:from|out of)\b|\b(?:not|never|n't|don't|doesn't|didn't) (?:saying|say|that|mean|meaning|think|believe|suggesting|implying|claiming)\b|\bnot (?:because|as if|like)\b|\bdoesn't mean\b|\bthat's not to say\b|\bno longer (?:feel(?:ing)?|am) \b|\bnot (?:feel(?:ing)?|am) (?:like that|that way|suicidal|at risk|in danger)\b|\bi'm not\b[^,;]*\b(?:or|nor)\b/;
const NEG_EXEMPT = /\b(?:can't|couldn't) (?:stop|help|get (?:rid of|away from|out of my head)|shake|switch off)\b|\bdon't know (?:why|how|what|if|whether)\b|\bdon't (?:care|even)\b|\bno matter\b|\bnot sure (?:if|whether|why|how)\b|\bcan't see\b|\bi don't think i can\b|\bcan't (?:say|explain|tell anyone)\b|\bhaven't told\b|\bnot (?:just|only|sure)\b|\bnobody knows\b|\bno one knows\b/g;
const RETRACT = /\b(?:didn't|did not|don't) (?:really )?mean (?:it|that)\b|\b(?:was|were|i'm|only|just) joking\b|\bnot (?:literally|seriously)\b|\bnot (?:really|actually) (?:suicidal|going to|wanting|want|planning|thinking|meaning|mean|serious|in danger|at risk)\b|\bnot in a (?:suicidal|serious|bad) way\b|\bjust an expression\b|\bfigure of speech\b|\bhyperbole\b/;
const HYPOTHETICAL = /\b(?:if i (?:ever|were|was ever|should ever|started|start|became|ever felt|ever feel)|should i ever|in case i (?:ever )?|if i'd|if it ever gets|if things ever)\b/;
const DISTANT =
  /\b(?:\w+ years? ago|years ago|months ago|a long time ago|long ago|when i was (?:younger|young|a teenager|a teen|a kid|a child|little|at (?:school|uni|university|college)|\d+|in my|first|diagnosed|told|ill|unwell|really unwell|poorly|at my)|when i (?:got|had|lost|left|found out|first)\b|used to|back then|back in|in the past|at the time|at that time|at that point|as a (?:teenager|teen|child|kid|student|young (?:man|woman|person)|younger)|in my (?:teens|twenties|thirties|forties|youth|late|early|younger)|at my (?:lowest|worst)|during (?:that|my|the|those) (?:time|period|illness|breakdown|year|years|months|episode|dark)|before i (?:got|found|had|started|was)|previously|at one (?:point|stage|time)|at school|at uni|at university|during lockdown|during covid|(?:in|back in|around) (?:19|20)\d\d|\d+ years? (?:back|before)|for (?:a|some) (?:long )?(?:time|while|period) (?:after|when)|after (?:my|the) (?:\w+ ){0,3}(?:died|passed|death|divorce|diagnosis|breakdown)|those days|that time|that period|once felt|i've been there|been there myself|in those years|many years|last decade|a decade ago|as a young|(?:a few|a couple of|some|several|many|\w+) (?:years?|months?|decades?) (?:back|ago|on|earlier|before)|years on|(?:\w+ )?years later|when i was \w+|in (?:my|our) (?:teens|twenties|thirties|student days|school days)|after (?:my|the) (?:\w+ ){0,3}(?:was born|birth|redundancy|breakup|break-up|miscarriage|loss)|that was (?:a|the) (?:dark|bad|hard|difficult|low|long) (?:time|period|patch|year|phase)|a dark time|a dark period|a dark place|when i was at my lowest|at rock bottom|in the early days|back when)\b/;
const RECOVERY =
  /\b(?:what helped|helped me|got better|i recovered|recovered|recovery|came through|got through|pulled through|survived|i'm (?:in a )?(?:much )?(?:better|good|safe|happier) (?:place )?now|i'm (?:doing )?(?:well|ok|okay|fine|better|alright|good|safe|happy) now|now i'm|now i|these days|looking back|lived experience|i'm still here|glad i'm (?:still )?here|glad i stayed|glad i didn't|today i|nowadays|i've since|since then|it gets better|it does get better|it got better|in recovery|i'm through it|out the other side|the other side|i no longer|really helped|helped a lot|that helped|which helped|(?:therapy|medication|counselling|support|treatment|time|talking) (?:\w+ )?helped|turned (?:it|things|my life) around|i'm well|i'm happily|glad i stayed|haven't (?:for|since|in)|passed with (?:time|help|support)|that passed|it passed|talk about it (?:openly|now)|i got help|got the help|much better place|better place now|i'm in a (?:good|better) place|now i (?:run|work|volunteer|help|train|support)|happily married|i'm thriving|well these days|i'm okay now|(?:very |so |completely )?different now|\w+ years (?:clean|free|on))\b/;
const PRESENT_TIME =
  /\b(?:now|right now|at the moment|currently|these days|lately|recently|again|today|tonight|tomorrow|this (?:week|month|morning|evening|afternoon|year)|still|anymore|constantly|keep|keeps|can't stop)\b/;
const RECENT = /\b(?:last night|yesterday|this (?:morning|week|afternoon|evening)|earlier today|an hour ago|few hours ago|last week|just now|again|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend)\b/;
const PAST_VERB =
  /\b(?:was|were|felt|wanted|tried|attempted|had|thought|used to|did|went|became|got|took|started|considered|planned|overdosed|hurt|harmed|cut|self-harmed|wished|couldn't|didn't|would|wrote|saw|could|'d|i'd been|had been|struggled|battled|suffered|dealt|went through|spent|made|once|was hurting|was cutting|were constant|remember|recall|remembered)\b/;
const PRESENT_VERB =
  /\b(?:am|i'm|feel|feeling|want|wanting|keep|keeps|still|i've|have been|has been|can't|will|i'll|going to|need|plan|planning|think|thinking|is|are|wish|just want|don't)\b/;
const CLAUSE_BOUNDARY = /,|;|:| - | – | — |\bbut\b|\band\b|\bso\b|\bbecause\b|\bwhen\b|\bwhile\b|\bthough\b|\balthough\b|\bwhich\b|\bhowever\b/g;
const GENERIC_AFTER = /^\s*(?:is|are|can|can be|was|isn't|should|does|affects|happens|means|thoughts? (?:is|are)|feelings? (?:is|are)|people|clients|patients|service users|individuals|person|posts?|content|messages?|comments?|behaviour|language|risk|crisis|ideation|disclosures?|thoughts|feelings|urges|behaviours?|risks?|awareness|prevention|training|policy|policies|services?|teams?|protocols?|guidance|pathways?|procedures?|kits?|management|support|figures|rates|statistics|cases|deaths|helplines?|response|plans?|assessments?|screening|leaflets?)\b/;

function lastClauseStart(s: string, upto: number): number {
  let pos = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(s)) !== null && m.index < upto) pos = m.index + m[0].length;
  return pos;
}

function nextClauseEnd(s: string, from: number): number {
  CLAUSE_BOUNDARY.lastIndex = from;
  const m = CLAUSE_BOUNDARY.exec(s);
  return m ? m.index : s.length;
}

/** Subject tokens in `s` with their positions. */
const DUMMY_IT = /^\s*(?:would|'d|is|was|will|feels|seems|might|could)?\s*(?:be)?\s*(?:so |too |very |really |more |much )?(?:easy|easier|better|simpler|tempting|best|kinder|quicker|nice|peaceful|time)\b/;

function subjects(s: string): { tok: string; index: number }[] {
  const out: { tok: string; index: number }[] = [];
  SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBJECT.exec(s)) !== null) {
    // dummy "it": "how easy it would be to…", "it's tempting to…" is not a person
    if ((m[0] === 'it' || m[0] === "it's") && (DUMMY_IT.test(s.slice(m.index + m[0].length)) || /\b(?:how|so|too) (?:easy|easier|simple|tempting|quick|nice|peaceful)\s*$/.test(s.slice(0, m.index)))) continue;
    out.push({ tok: m[0], index: m.index });
  }
  return out;
}

function isReportedByOther(prefix: string): boolean {
  if (QUOTE_CUE.test(prefix)) return true;
  REPORT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = REPORT.exec(prefix)) !== null) last = m;
  if (!last) {
    // a quotation mark opened before the core with no first-person speaker before it
    const q = Math.max(prefix.lastIndexOf('"'), prefix.lastIndexOf(" '"));
    if (q >= 0 && (prefix.split('"').length % 2 === 0 || prefix.lastIndexOf(" '") === q)) {
      const subj = subjects(prefix.slice(0, q)).filter((x) => !OBJECT_ONLY.has(x.tok));
      const who = subj[subj.length - 1];
      return !who || !FIRST.has(who.tok);
    }
    return false;
  }
  const before = prefix.slice(0, last.index);
  const subj = subjects(before).filter((x) => !OBJECT_ONLY.has(x.tok));
  const who = subj[subj.length - 1];
  if (!who) return /\b(?:a|the|this|that|their|his|her|your) (?:post|tweet|message|comment|status|update|account|text|email|note|profile|story|video)s?\b/.test(before) || /^\s*(?:if|when|someone|people)\b/.test(before);
  return !FIRST.has(who.tok);
}

function coreSurvives(s: string, core: Core, mi: number, ml: number, prevDistant: boolean, textRecovery: boolean): boolean {
  const prefix = s.slice(0, mi);
  const coreText = s.slice(mi, mi + ml);
  const suffix = s.slice(mi + ml);
  // who is speaking
  const subj = subjects(prefix);
  const lastSubj = subj[subj.length - 1];
  let windowStart = 0;
  if (!core.self) {
    if (lastSubj) {
      if (!FIRST.has(lastSubj.tok)) return false;
      windowStart = lastSubj.index + lastSubj.tok.length;
    } else if (GENERIC_AFTER.test(suffix)) return false;
  } else {
    const firsts = subj.filter((x) => FIRST.has(x.tok));
    const lf = firsts[firsts.length - 1];
    if (lf) windowStart = lf.index + lf.tok.length;
    else windowStart = lastClauseStart(s, mi);
    // "she said she'd kill myself" is odd; "tell him to kill himself" never matches
    if (lastSubj && !FIRST.has(lastSubj.tok) && /\b(?:he|she|they|someone|client|patient|person|who)\b/.test(s.slice(lastSubj.index, mi)) && REPORT.test(s.slice(lastSubj.index, mi))) {
      REPORT.lastIndex = 0;
      return false;
    }
    REPORT.lastIndex = 0;
  }
  if (isReportedByOther(prefix)) return false;
  // advice / professional framing with no first person anywhere in the sentence
  if (!subjects(s).some((x) => FIRST.has(x.tok)) && ADVICE_FRAME.test(s)) return false;
  // negation between the subject and the core
  const clauseStart = lastClauseStart(s, mi);
  const window = s.slice(Math.max(windowStart, Math.min(clauseStart, windowStart === 0 ? clauseStart : windowStart)), mi).replace(NEG_EXEMPT, ' ');
  if (NEG.test(window)) return false;
  const clausePrefix = s.slice(clauseStart, mi).replace(NEG_EXEMPT, ' ');
  if (NEG_WIDE.test(s.slice(0, mi).replace(NEG_EXEMPT, ' ')) && !/\bbut\b/.test(s.slice(0, mi))) return false;
  if (/^\s*(?:not|never|no)\b/.test(clausePrefix)) return false;
  if (RETRACT.test(s)) return false;
  if (HYPOTHETICAL.test(prefix)) return false;
  // past and recovered
  const clauseEnd = nextClauseEnd(s, mi + ml);
  const clause = s.slice(clauseStart, clauseEnd);
  const verbZone = s.slice(windowStart || clauseStart, mi) + ' ' + coreText;
  const recent = RECENT.test(clause);
  if (!recent) {
    const distant = DISTANT.test(s);
    const past = PAST_VERB.test(verbZone) && !PRESENT_VERB.test(s.slice(windowStart || clauseStart, mi));
    const presentTime = PRESENT_TIME.test(clause);
    if (/\bused to\b/.test(verbZone) && !presentTime) return false;
    if (past && !presentTime && (distant || prevDistant || textRecovery)) return false;
    if (distant && !presentTime && !PRESENT_VERB.test(s.slice(windowStart || clauseStart, mi)) && !/\b(?:i'm|i've|can't|don't)\b/.test(coreText)) {
      if (past || textRecovery) return false;
    }
  }
  return true;
}

function stripFigurative(s: string): string {
  let t = s;
  for (const re of FIGURATIVE) {
    re.lastIndex = 0;
    t = t.replace(re, (m) => ' '.repeat(m.length));
  }
  return t;
}

/** Whether the answer suggests its author may be at risk now, or describes methods; the first triggering sentence. */
export function detectCrisis(text: string): CrisisFinding | null {
  if (!text || !text.trim()) return null;
  const sentences = splitSentences(text);
  const lowerAll = sentences.map((x) => x.norm).join(' ');
  const textRecovery = RECOVERY.test(lowerAll);
  let atRisk: CrisisFinding | null = null;
  let prevDistant = false;
  for (const sen of sentences) {
    const s = sen.norm;
    const advice = METHOD_ADVICE.test(s) && !/\b(?:i'm|i've|i'll|i)\b/.test(s);
    for (const re of METHOD_RES) {
      if (!advice && re.test(s)) return { kind: 'method', start: sen.start, end: sen.end };
    }
    if (!atRisk) {
      const t = stripFigurative(s);
      outer: for (const core of CORES) {
        const re = core.g;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(t)) !== null) {
          if (coreSurvives(t, core, m.index, m[0].length, prevDistant, textRecovery)) {
            atRisk = { kind: 'at-risk', start: sen.start, end: sen.end };
            break outer;
          }
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }
    prevDistant = DISTANT.test(s) && !PRESENT_TIME.test(s);
  }
  return atRisk ?? fallback(sentences, textRecovery);
}

const FALLBACK_CORE: Core = c(/x/, true);
const ANY_FIRST = /\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b/;

/** Looser risk concepts held when the author is the only candidate subject (see FALLBACK_TERMS). */
function fallback(sentences: Sentence[], textRecovery: boolean): CrisisFinding | null {
  let prevDistant = false;
  for (const sen of sentences) {
    const t = stripFigurative(sen.norm);
    FALLBACK_TERMS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FALLBACK_TERMS.exec(t)) !== null) {
      const prefix = t.slice(0, m.index);
      // the nearest person before the concept must be the author (or nobody, if nobody else is named)
      let lastOther = -1;
      OTHER_SUBJECT.lastIndex = 0;
      let o: RegExpExecArray | null;
      while ((o = OTHER_SUBJECT.exec(prefix)) !== null) lastOther = o.index;
      let lastFirst = -1;
      const fm = [...prefix.matchAll(/\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b/g)];
      if (fm.length) lastFirst = fm[fm.length - 1]!.index!;
      const hasFirst = lastFirst >= 0 || ANY_FIRST.test(t.slice(m.index));
      if (lastOther > lastFirst) continue;
      OTHER_SUBJECT.lastIndex = 0;
      if (!hasFirst && (OTHER_SUBJECT.test(t) || GENERIC_AFTER.test(t.slice(m.index + m[0].length)))) continue;
      if (coreSurvives(t, FALLBACK_CORE, m.index, m[0].length, prevDistant, textRecovery)) return { kind: 'at-risk', start: sen.start, end: sen.end };
    }
    prevDistant = DISTANT.test(sen.norm) && !PRESENT_TIME.test(sen.norm);
  }
  return null;
}
