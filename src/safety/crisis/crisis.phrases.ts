// SG-1 crisis detection: normalisation, method patterns, figures of speech and crisis cores used by the rules
// (crisis.rules.ts); the model's features use `normalise` too.
import { EXTRA_CORES, EXTRA_FIXES, EXTRA_METHODS, MEANS_METHODS } from './crisis.concepts.ts';

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

// One answer is normalised several times over (the model, the rules, the Welsh check, each sentence): the recent
// results are kept. normalise is pure, so a kept result is the same as a new one.
const normalised = new Map<string, string>();

export function normalise(s: string): string {
  let found = normalised.get(s);
  if (found === undefined) {
    found = normaliseNow(s);
    if (normalised.size >= 256) normalised.delete(normalised.keys().next().value!);
    normalised.set(s, found);
  }
  return found;
}

function normaliseNow(s: string): string {
  let t = s.toLowerCase();
  // unusual code points used (or pasted) in social media text: fancy letters, odd apostrophes and hyphens,
  // invisible characters, accents, and letters swapped for digits/symbols inside words ("k1ll", "d!e")
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included
  if (/[^\x00-\x7f]/.test(t)) {
    t = t
      .normalize('NFKD')
      .replace(/[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[\u02bc\u2032\u02b9\uff07\u201b]/g, "'")
      .replace(/[\u2010-\u2013]/g, '-');
  }
  if (/[a-z][0-9!@$*][a-z]/.test(t)) {
    t = t
      .replace(/(?<=[a-z])[1!](?=[a-z])/g, 'i')
      .replace(/(?<=[a-z])3(?=[a-z])/g, 'e')
      .replace(/(?<=[a-z])0(?=[a-z])/g, 'o')
      .replace(/(?<=[a-z])@(?=[a-z])/g, 'a')
      .replace(/(?<=[a-z])\$(?=[a-z])/g, 's');
    t = t
      .replace(/\bk\*+ll/g, 'kill')
      .replace(/\bd\*+e\b/g, 'die')
      .replace(/\bs\*+icid/g, 'suicid');
  }
  for (const [re, rep] of FIXES) t = t.replace(re, rep);
  for (const [re, rep] of EXTRA_FIXES) t = t.replace(re, rep);
  t = fuzzyRiskWords(t);
  // relative clauses "someone I support" → "someone": the "I" is not the subject of what follows
  t = t.replace(
    /\b(someone|somebody|person|people|clients?|patients?|man|woman|lady|guy|girl|boy|residents?|service users?|young person|young people|family|carers?|friends?|colleagues?|users?|followers?|individuals?|men|women|families|teenagers?|kids?|children|child|lad|chap|gentleman|one|those|student|students|tenant|tenants)( that| who| whom)? i('m)? (support|supported|work with|worked with|care for|cared for|look after|looked after|know|knew|visit|visited|see|saw|met|manage|managed|supervise|follow|followed|am supporting|supporting|used to support|nurse|nursed|treat|treated|mentor|teach|taught|live with|lived with)\b/g,
    '$1',
  );
  return t.trim();
}

/** Risk words a misspelling (one edit or swap) away from a listed word are corrected: "mysefl", "killnig". */
const FUZZY_VOCAB = [
  'myself',
  'suicide',
  'suicidal',
  'anymore',
  'tablets',
  'overdose',
  'paracetamol',
  'hurting',
  'cutting',
  'goodbye',
  'disappear',
  'tonight',
  'tomorrow',
  'everyone',
  'existing',
  'killing',
  'burden',
  'living',
  'pointless',
  'hopeless',
  'worthless',
  'painkillers',
  'thinking',
  'without',
  'wanting',
  'ending',
];
const FUZZY_BY_KEY = new Map<string, string[]>();
for (const w of FUZZY_VOCAB)
  for (const n of [w.length - 1, w.length, w.length + 1]) {
    const k = w.charAt(0) + n;
    FUZZY_BY_KEY.set(k, [...(FUZZY_BY_KEY.get(k) ?? []), w]);
  }
function oneEdit(a: string, b: string): boolean {
  const la = a.length,
    lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function fuzzyRiskWords(t: string): string {
  return t.replace(/\b[a-z]{5,}\b/g, (w) => {
    const cands = FUZZY_BY_KEY.get(w.charAt(0) + w.length);
    if (!cands || cands.includes(w)) return w;
    for (const v of cands) if (!w.startsWith(v) && !v.startsWith(w) && oneEdit(w, v)) return v;
    return w;
  });
}

// ---------- 3. methods ----------

const DRUG =
  '(?:paracetamol|ibuprofen|aspirin|co-?codamol|codeine|tramadol|morphine|oxycodone|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|diazepam|zopiclone|quetiapine|lithium|insulin|tablets|pills|capsules|sleeping (?:pills|tablets)|painkillers|antidepressants|meds|medication)';
export const METHOD_RES: RegExp[] = [
  // a number of tablets/milligrams alongside overdose/death context
  new RegExp(
    `\\b\\d+\\s*(?:x\\s*)?(?:mg|g|grams?|milligrams?|packets? of|boxes of|of)?\\s*(?:${DRUG})\\b[^.]*\\b(?:overdose|lethal|fatal|die|dying|kill|end (?:it|my life|things)|enough to|swallow|all at once|with (?:vodka|alcohol|wine|whisky|gin|beer))`,
  ),
  new RegExp(
    `\\b(?:overdose|overdosed|od|die|kill|lethal|fatal|swallow(?:ed|ing)?|take|took|taken|taking)\\b[^.]*\\b\\d+\\s*(?:x\\s*)?(?:mg|g|grams?)?\\s*(?:of )?(?:${DRUG})\\b`,
  ),
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

export const FIGURATIVE: RegExp[] = [
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
  /\b(?:nearly|almost|practically) lost the will to live\b|\bi'm (?:literally )?dying (?:here|over here|of (?:heat|hunger|thirst)|in (?:this|here))\b|\bmade me want to (?:jump|throw myself) out (?:of )?(?:the|a) window\b/g,
  /\b(?:end|ending|ended) (?:the|this|that|our|my) (?:meeting|call|shift|session|day|week|contract|conversation|thread|relationship|subscription|account|tenancy|chat)\b/g,
  /\b(?:phone|battery|laptop|car|plant|plants|wifi|internet|computer|printer|conversation|joke|thread|account|project|idea|trend) (?:has |had |just )?(?:died|dead|is dead|was dead)\b/g,
  /\b(?:dying|died|die|dies) (?:of|from) (?:boredom|cringe|embarrassment|shame|laughter|heat|thirst|hunger|curiosity)\b/g,
  /\b(?:phone|battery|laptop|car|plant|plants|wifi|internet|computer|printer|conversation|joke|thread|account|project|idea|trend|website|site|page|group|forum|business|industry|charger) (?:is |was |are |were )?(?:slowly |basically |literally )?dying\b[^,;]*/g,
  /\b(?:loved?|worried|sick|tired|annoyed|frozen|starving|bored|scared|done) (?:me |him |her |them )?to death\b|\bdeath stare\b|\bdead (?:funny|good|easy|end|set|against|ringer|heat|centre|certain)\b|\bkill(?:ing)? (?:time|the (?:lights|engine|music|noise|mood|vibe))\b|\b(?:die-?hard|do or die|dying breed|dead to me|not the end of the world|end of the world)\b|\bcould (?:die|have died) happy\b/g,
  /\bi'm dead\s*(?:😂|🤣|lol|lmao|haha|\W*$)/g,
];

// ---------- 5. cores ----------

export interface Core {
  re: RegExp;
  g: RegExp;
  /** carries its own first person (myself, my life, without me) */
  self: boolean;
}

export const c = (re: RegExp, self = false): Core => ({ re, g: new RegExp(re.source, 'g'), self });
export const CORES: Core[] = [
  c(
    /\b(?:kill|killing|killed|hurt|hurting|harm|harming|harmed|cut|cutting|hang|hanging|hanged|hung|drown|drowning|drowned|poison|poisoning|poisoned|starve|starving|starved|burn|burning|burned|burnt|off|offing|top|topping|topped|strangle|strangling|suffocate|suffocating|overdose|overdosing|punish|punishing|punched|punching|scratch|scratching|scratched|bang|banging|stab|stabbing|shoot|shooting|smother|end|ending|do away with)\s+myself\b/,
    true,
  ),
  c(/\b(?:end|ending|ended|take|taking|took|taken|finish|finishing) (?:my|my own) (?:own )?life\b/, true),
  c(
    /\b(?:better|happier|easier) (?:off )?(?:without me|if i (?:was|were|wasn't|weren't|died|was gone|were gone|wasn't here|weren't here|didn't exist|disappeared))\b/,
    true,
  ),
  c(
    /\b(?:no one|everyone|anyone|nobody|none of them|my (?:family|kids|children|partner|husband|wife|friends))\b[^.]{0,40}\b(?:miss|notice|care|be better|be happier|be fine|be relieved|cope)\b[^.]{0,30}\b(?:me|i'm gone|i was gone|i were gone|i died|i wasn't here|i weren't here|without me|i'm not here)\b/,
    true,
  ),
  c(/\bmy (?:suicide|goodbye|goodbyes|last goodbye|final goodbye|funeral plans|note to|will and)\b/, true),
  c(
    /\b(?:take|taking|swallow|swallowing|take all|taking all) (?:all )?(?:of )?my (?:tablets|pills|meds|medication|medicine|prescription)(?: at once| in one go| together)?\b(?! (?:on time|every|as|each|daily|at night|in the morning|with food|regularly|properly))/,
    true,
  ),
  c(/\bmy life (?:is|isn't|feels|has become) (?:not )?(?:worth living|worthless|pointless|meaningless|over|not worth)\b/, true),
  c(/\b(?:suicidal|suicidally)\b/),
  c(
    /\b(?:suicidal )?(?:thoughts|thinking|thought) (?:of|about) (?:suicide|dying|death|ending (?:it|things|everything|my life)|not being here|not waking up)\b/,
  ),
  c(
    /\b(?:want|wants|wanted|wanting|wish|wished|wishing|ready|going|planning|plan|decided|deserve|need|long|longing|pray|praying|hope) (?:to )?(?:just )?(?:die|be dead|not exist|not be alive|not wake up|never wake up)\b/,
  ),
  c(
    /\bwish(?:ed)? i (?:was|were|could be) (?:dead|gone|never born)\b|\bwish(?:ed)? i (?:wasn't|weren't) (?:here|alive|born|around)\b|\bwish(?:ed)? i'd never (?:been born|woken up)\b|\bwish(?:ed)? i (?:could )?(?:just )?(?:die|disappear|go to sleep and (?:not|never) wake up|not wake up|never wake up)\b|\bwish(?:ed)? (?:i'd|i had) died\b/,
  ),
  c(
    /\b(?:don't|didn't|do not) want to (?:be here|be alive|live|exist|wake up|carry on|go on|keep going|be around|be on this earth|be in this world|live like this|live anymore)\b/,
  ),
  c(
    /\b(?:can't|couldn't) (?:go on|carry on|keep going|keep living|live like this|do this anymore|do life|face (?:another day|tomorrow|living|life|it anymore)|see a way out|see any way out|see the point|see a future|see any future|be here anymore|cope anymore|take it anymore|take anymore|stand (?:it|being alive|living) anymore)\b(?! (?:with|working|doing|at|in this|in the|on this|on the|without))/,
  ),
  c(/\bdon't think i can (?:go on|carry on|keep going|do this anymore|cope much longer|keep living)\b/),
  c(
    /\b(?:no|any|the|what's the|whats the|what is the) (?:reason|point) (?:to|in|of) (?:live|living|go on|going on|carry on|carrying on|be here|being here|being alive|staying alive|life|anything anymore|me being here|waking up|existing|trying anymore)\b/,
  ),
  c(/\b(?:don't|can't) see (?:the|any) point (?:in|of) (?:living|life|going on|being here|carrying on|anything|waking up|existing|me)\b/),
  c(/\blife (?:isn't|is not|is no longer|no longer feels|doesn't feel|does not feel) worth (?:living|it)\b/),
  c(/\b(?:better off|rather be|would be better) (?:dead|gone)\b|\b(?:rather|sooner) (?:die|be dead|not be here|not be alive|not wake up)\b/),
  c(
    /\b(?:going to|will|i'll|want to|plan to|planning to|planning on|ready to|decided to|about to|thinking (?:about|of)|thought about|think about|tempted to|close to|time to|need to|going to just) (?:just )?end(?:ing)? (?:it|things|everything|it all|my suffering|the pain)\b(?! (?:with|between))/,
  ),
  c(/\bend(?:ing)? it all\b/),
  c(/\bto (?:just |simply )?end (?:it|things|everything)\b(?! (?:with|between))/),
  c(/\b(?:run out of|no more|no|any) reasons? (?:to|for) (?:live|living|keep going|go on|going on|carry on|stay|staying|be here)\b/),
  c(
    /\b(?:disappointed|sad|gutted|angry|sorry|upset|annoyed|hate) (?:that )?(?:i'm|i am|i've|to be|i was) still (?:alive|here|breathing|waking up)\b|\b(?:hate|dread) waking up\b/,
  ),
  c(/\b(?:cutting|self-harming|harming|burning) (?:again|more|every)\b/),
  c(/\b(?:i'm|i am) (?:just |finally )?ending (?:it|things|everything)\b(?! (?:with|between))/),
  c(/\bby the time (?:anyone|you|someone|people|they|anybody) (?:read|reads|see|sees|find|finds) this\b/, true),
  c(
    /\b(?:won't|will not|may not|might not|wont) be (?:here|around|alive) (?:tomorrow|much longer|for (?:much )?longer|for long|by|next|anymore|in the morning|to see)\b/,
  ),
  c(
    /\bthis is my (?:last|final) (?:post|message|day|night|answer|goodbye)\b|\b(?:tonight|today|tonight's|today's|tomorrow) (?:is|'s|will be) the (?:night|day)\b|\btonight's the night\b/,
  ),
  c(/\bsay(?:ing)? (?:my )?goodbyes?\b[^.]*\b(?:everyone|forever|for good|last time|family|kids)\b|\bsaid my goodbyes\b/),
  c(/\b(?:it'll|it will) all be over (?:soon|tonight|tomorrow|by)\b|\bi'll be gone (?:soon|by|tomorrow|tonight|before)\b/),
  c(
    /\b(?:i'm|i am|i feel like|i feel|feel like|feeling like) (?:such |just |nothing but |only |a complete |a huge )?a (?:burden|waste of space|waste of oxygen)\b/,
  ),
  c(
    /\b(?:disappear|go away|vanish) (?:forever|for good|and never come back)\b|\bgo to sleep and (?:not|never) wake up\b|\bnot wake up (?:tomorrow|in the morning|again)\b/,
  ),
  c(/\bgive(?:n)? up on (?:life|living|everything|myself)\b|\b(?:done|finished) with (?:life|living|being alive|it all|everything)\b/),
  c(/\b(?:overdose|overdosed|overdosing|od'd|od)\b/),
  c(/\b(?:attempt(?:ed)?|try|tried|trying) (?:suicide|to commit suicide|to take my life|to end it)\b|\bsuicide attempt\b/),
  c(/\bself-harm(?:ing|ed)?\b|\bselfharm(?:ing|ed)?\b/),
  c(
    /\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|storing|stored|keeping|kept|building up|built up) (?:up )?(?:all )?(?:of )?(?:my |some |the |a stash of |enough )?(?:tablets|pills|meds|medication|medicine|paracetamol|painkillers|sleeping pills|sleeping tablets|antidepressants|insulin)\b/,
  ),
  c(/\b(?:feel|feeling|felt) like (?:dying|ending it|ending things|ending everything|giving up on life|not being here|i want to die|disappearing forever)\b/),
  c(/\b(?:there's|there is|i see|see) no (?:way out|way forward|future for me|hope for me|point anymore)\b/),
  c(/\bhate being alive\b|\bhate (?:my )?(?:existing|existence)\b|\bnot (?:want|wanting) to be alive\b/),
  c(/\b(?:written|wrote|writing|left|leave|leaving) (?:a|my) (?:suicide )?(?:note|letter)s? (?:to|for) (?:my|everyone)\b/),
  ...EXTRA_CORES.map(([re, self]) => c(re, self)),
];
