// SG-1 crisis detection: the wider risk concepts used by the rules, kept apart so that crisis.rules.ts holds the
// mechanism (sentences, subjects, negation, reported speech, past/recovery frames) and this file the words.
// Each entry names a risk CONCEPT (ending, not existing, goodbyes and affairs, plans and research, burden,
// hopelessness with finality, self-injury, being unsafe) in a form that tolerates wording and spelling
// variation; crisis.rules.ts decides whether the author is the person at risk.

/** Extra normalisation, applied after the common fixes in crisis.phrases.ts. */
export const EXTRA_FIXES: [RegExp, string][] = [
  [/\bdiss?app?ea?re?\b/g, 'disappear'],
  [/\bany longer\b/g, 'anymore'],
  [/\bkil\b/g, 'kill'],
  [/\bwats\b|\bwhats\b/g, "what's"],
  [/\btheres\b/g, "there's"],
  [/\banythin\b/g, 'anything'],
  [/\bnite\b/g, 'night'],
  [/\bsu[aiu]{0,2}[cs][i]?de\b|\bsuicde\b/g, 'suicide'],
  [/\bctb\b/g, 'end it all'],
  [/\bunalive\b/g, 'kill'],
  [/\bsewer ?slide\b|\bsu[i1]c[i1]de\b|\bs\*+cide\b/g, 'suicide'],
  [/\bdon't\b(?= see| think| know)/g, "don't"],
  [/\btbh\b|\bngl\b|\bhonestly\b|\bidk\b/g, ' '],
  [/\bpainkilers\b|\bpain killers\b/g, 'painkillers'],
];

/** [pattern, carries its own first person] */
export const EXTRA_CORES: [RegExp, boolean][] = [
  // hopelessness with finality
  [
    /\b(?:run out of|ran out of|out of|lost all|lost my|no more|not got any|haven't got any) reasons?\b(?! (?:to (?:complain|worry|post|stay on|use|be (?:online|on))|why))/,
    false,
  ],
  [
    /\b(?:no|any|the|what's the) point (?:in|of|to) (?:anything|me|it all|any of it|trying|me being|me trying|being me|living|existing|carrying on|waking up)\b/,
    false,
  ],
  [
    /\b(?:want|need|wish|wishing|just want) (?:it|everything|it all|all of it|all this|this|the pain|the thoughts|life) (?:all )?to (?:stop|end|be over)\b(?! (?:being|so|at))/,
    false,
  ],
  [
    /\b(?:don't|can't|cannot) see (?:a|any) (?:future|way (?:out|forward|through)|end to (?:this|it))\b|\bno (?:future|way out|hope) (?:for me|for myself|left)\b/,
    false,
  ],
  [/\b(?:don't|can't) see (?:myself|me) (?:getting through|making it|lasting|surviving|being (?:here|alive|around)|alive)\b/, true],
  [/\bhow (?:much )?(?:longer|long) i can (?:hold on|keep going|go on|carry on|last|keep fighting|take (?:it|this|much more))\b/, true],
  [
    /\b(?:tired|sick|exhausted|weary) of (?:existing|being alive|living|life|being here|breathing|waking up|fighting)\b(?! (?:in|with|at|on|off|like that|the dream))/,
    false,
  ],
  [/\b(?:i'm|i am) (?:so |just |completely )?done(?: with (?:it all|everything|life|living|this life|fighting))?\s*[.!]*$/, false],
  [
    /\b(?:think|thinking|thought|considering|considered|contemplating|obsessing|fantasising|dreaming) (?:\w+ ){0,2}(?:about |of )(?:suicide|dying|death|ending (?:it|things|it all|my life)|killing myself|not being (?:here|alive|around)|not waking up|taking my (?:own )?life|being dead|my death)\b/,
    false,
  ],
  [/\bcommit(?:ting)? suicide\b|\bcommit it\b/, false],
  [/\bnot (?:being|be) (?:here|alive|around)(?: anymore)?\s*[.!]*$|\b(?:is|isn't) (?:not )?(?:being|to not be) (?:here|alive|around)\b/, false],
  [/\bwant (?:out|to go|to be gone|to sleep forever|to stop existing|to stop living|to not be|to give up)\s*[.!]*$|\bsleep forever\b|\bstop existing\b/, false],
  // not existing / others better off
  [
    /\b(?:better|easier|happier|simpler|kinder|relieved|lighter|fine) (?:off )?(?:for (?:everyone|everybody|them|all|my \w+) )?(?:off )?if i (?:just |simply )?(?:didn't exist|wasn't (?:here|around|alive)|weren't (?:here|around|alive)|was gone|were gone|'m gone|disappeared|died|was dead|wasn't in (?:the|their) picture)\b/,
    true,
  ],
  [
    /\b(?:relieved|glad|better off|happier|fine) (?:when|once|if) i'm (?:gone|dead|not here)\b|\b(?:notice|miss me|care) when i'm gone\b|\bwhen i'm gone\b/,
    true,
  ],
  [
    /\bnothing but a (?:weight|burden|drain|problem|nuisance|waste)\b|\b(?:weight|burden|drain) (?:on|to|for) (?:everyone|everybody|my \w+|them|others|people|the people)\b/,
    false,
  ],
  // endings, goodbyes, affairs, plans, research
  [
    /\b(?:won't|don't think i'll|not going to|might not|may not|doubt i'll|don't expect to) be (?:here|around|alive)(?: (?:much|for) (?:much )?longer| for long| by| next| tomorrow| anymore| to see| after)?\b/,
    true,
  ],
  [
    /\b(?:saying|say|said|this is (?:me|my)(?: saying)?) (?:my )?(?:last |final )?goodbyes?\b(?! to (?:the|this|that|our|my (?:old|job|team|colleagues)))/,
    false,
  ],
  [
    /\b(?:sorted|sorting|put|putting|got|getting|have) (?:all )?my (?:affairs|things|finances|will|paperwork) (?:in order|sorted|straight|in place)?\b(?=[^.]*\b(?:letters?|goodbye|kids|family|ready|before|everyone|for when)\b)|\bmy affairs (?:are )?(?:in order|sorted)\b|\bsorted my affairs\b/,
    true,
  ],
  [/\bgiv(?:en|ing|e|ve) away (?:all |most of )?(?:my|all my) (?:things|stuff|belongings|possessions|pets?|cat|dog|clothes)\b/, true],
  [
    /\b(?:written|wrote|writing|write|left|leaving) (?:my |some |the )?(?:goodbye |last |final )?(?:letters?|notes?)\b(?=[^.]*\b(?:kids|children|family|everyone|mum|dad|partner|drawer|for when|goodbye)\b)|\b(?:written|wrote|writing) my (?:letters|notes|goodbyes?)\b|\bgoodbye (?:letters?|notes?)\b/,
    false,
  ],
  [
    /\b(?:plan(?:ned|ning)?|worked out|figured out|decided|know|knew|chose|chosen) (?:exactly )?(?:how|when|where) (?:to|i'll|i'm going to|i will|i'd) (?:do it|go|end it|end things)\b|\bmade (?:a|the|my) plan (?:to|and|for (?:how|when|tonight))\b|\b(?:when|how|where) i'm going to do it\b/,
    false,
  ],
  [
    /\b(?:looking up|looked up|look up|searching|searched|googling|googled|researching|researched|reading up on|read about|watching videos on) (?:ways|how|methods|the best way|the easiest way)(?: to| of)? (?:do it|die|dying|end it|end things|kill|go|hurt|end my|not wake|overdose|hang|suicide)\b/,
    false,
  ],
  [
    /\b(?:everything|it all|all) (?:is|'s|will be) ready for (?:tonight|tomorrow|the weekend|when)\b|\bi've decided\b(?=[^.]*\b(?:calm|peace|relieved|ready|goodbye|today|tonight)\b)/,
    false,
  ],
  // self-injury and being unsafe
  [
    /\b(?:took|taken|take|swallowed|swallow|had|downed|necked) (?:too many|way too many|far too many|a (?:load|bunch|handful|fistful|lot) of|all (?:of )?(?:my|the)|a whole (?:box|packet|bottle) of|loads of|extra)\s+(?:of )?(?:my |the )?(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping|antidepressants|insulin|co-codamol)\b/,
    false,
  ],
  [
    /\b(?:burn(?:ed|t|ing)?|cut(?:ting)?|scratch(?:ed|ing)?|hit(?:ting)?|punch(?:ed|ing)?|bit(?:e|ing)?|scald(?:ed|ing)?|carv(?:ed|e|ing)|stab(?:bed|bing)?|bruis(?:ed|e|ing)|starv(?:ed|e|ing)) (?:into )?my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?|face|body|hips?|knuckles|head)\b(?=[^.]*\b(?:again|on purpose|deliberately|with (?:a|the|my) (?:lighter|razor|blade|knife|compass|pen|scissors|lit)|until|to (?:feel|cope|punish)|deserve|so no one|nobody|secret|till|til|bleed|bled|raw|scars?)\b)/,
    false,
  ],
  [/\b(?:bruises|cuts|burns|marks|wounds|scars)\b[^.]{0,40}\bi (?:make|made|gave|give|do|did|cause|caused|inflict|inflicted)\b[^.]{0,12}\bmyself\b/, true],
  [
    /\b(?:punch(?:ing|ed)?|hit(?:ting)?|bang(?:ing|ed)?) (?:walls?|doors?|my head)\b[^.]*\b(?:bleed|bled|deserve|hurt|pain)\b|\bbecause i deserve (?:it|the pain|to hurt|to suffer|to be hurt)\b/,
    false,
  ],
  [
    /\b(?:not|don't feel|never feel) safe (?:with|around|by|on my own with) myself\b|\b(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:might|could|will|may|'ll) do(?: to myself)?\b|\bdon't trust myself\b/,
    false,
  ],
  [/\b(?:urge|urges|urging|itch|need|craving|cravings|temptation) (?:to|for) (?:hurt|harm|cut|burn|punish|kill)\b/, false],
  [/\b(?:hurt|harm|cut|burn|punish|injure) (?:myself|me)\b/, true],
];

export const EXTRA_METHODS: RegExp[] = [
  /\b(?:which|what) (?:bridge|building|car park|cliff|roof|tree|branch|station|train line|railway|floor|tower|height|balcony)\b[^.?]*\b(?:high enough|tall enough|strong enough|fatal|to be sure|die|quickest|best|highest)\b/,
  /\b(?:roof|bridge|building|car park|multi-storey|cliff|balcony|tower|fall|drop|branch|tree|beam|hook|banister|rope|flats)\b[^.?]*\b(?:high|tall|strong|deep|far) enough\b|\b(?:high|tall|strong) enough (?:branch|beam|hook|rail|bridge|roof)\b/,
  /\b(?:rope|noose|ligature|belt|cord|tablets|pills|meds|blade|blades|razor|knife|hose|charcoal|gun|bullets?|helium|painkillers|paracetamol)\b[^.]{0,40}\b(?:ready|lined up|laid out|counted out|set up|in place|waiting for (?:me|tonight))\b/,
  /\bhose(?:pipe)?\b[^.]*\b(?:lay-by|exhaust|car|garage|window)\b/,
  /\b(?:quickest|fastest|easiest|most painless|painless|least painful|surest|best|simplest|peaceful|cleanest) (?:way|method|ways|methods) (?:to go|to do it|out)\b(?! (?:about|through|forward|for|with|is|and)\b| to (?:the|town|work)\b| of (?:the|this)\b)|\b(?:most painless|least painful|surest|painless) (?:way|method)\b/,
  /\b(?:bleed out|bleeding out|bled out|exsanguinat\w*)\b|\bhow long (?:does it|would it|will it|it) takes? (?:to )?(?:die|bleed|drown|suffocate|lose consciousness|pass out|hang|work)\b/,
  /\bhow (?:high|far|deep|much|many|long|strong|big)\b[^.?]*\b(?:fatal|lethal|to die|kill (?:me|myself|you|yourself|someone)|to be sure|not (?:survive|wake up)|guarantee)\b/,
  /\benough (?:\w+ )?(?:pills|tablets|paracetamol|painkillers|meds|medication|insulin|sleeping pills|sleeping tablets|antidepressants)\b[^.]*\b(?:to (?:end|die|kill|not wake|overdose|do it|make sure|be sure)|overdose|lethal|fatal)\b/,
  /\b(?:where|how) (?:can|do|could|would|should) (?:i|you|someone|one) (?:get|buy|find|order)\b[^.]*\b(?:pills|tablets|paracetamol|rope|gun|noose|helium|poison|barbiturates|nembutal|cyanide)\b[^.]*\b(?:end|die|kill|overdose|lethal|do it)\b/,
  /\b(?:branch|beam|banister|hook|rail|door frame|loft hatch|pipe)\b[^.]*\b(?:strong enough|hold my weight|take my weight)\b/,
];

// Means + harm context, in either order, within one sentence (any person): a general method shape.
const DRUGS =
  '(?:paracetamol|acetaminophen|ibuprofen|aspirin|co-?codamol|co-?dydramol|codeine|tramadol|morphine|oxycodone|fentanyl|heroin|methadone|sertraline|citalopram|escitalopram|fluoxetine|prozac|venlafaxine|mirtazapine|amitriptyline|nortriptyline|diazepam|valium|lorazepam|xanax|zopiclone|zolpidem|quetiapine|olanzapine|lithium|insulin|propranolol|pregabalin|gabapentin|tablets?|pills?|capsules?|meds|medication|medicines?|painkillers?|antidepressants?|sleeping (?:pills|tablets)|sleepers|benzos?|opioids?|barbiturates|nembutal)';
const DOSE =
  '(?:\\d+|a (?:box|packet|pack|bottle|load|handful|fistful|strip) of|boxes of|packets of|all (?:of )?(?:my|his|her|their|the)|the (?:whole|rest of)|how (?:many|much)|lethal|fatal|deadly|dangerous (?:dose|amount)|overdos\\w*|enough|in (?:my|your|their|his|her) sleep|to die|kill|do it|with (?:the )?(?:rest of the )?(?:vodka|alcohol|whisky|wine|gin|booze|drink)|stockpil\\w*|saved up|hoard\\w*)';
const W = '[^.?!]{0,60}';
export const MEANS_METHODS: RegExp[] = [
  new RegExp(
    `\\b${DOSE}\\b${W}\\b${DRUGS}\\b|\\b${DRUGS}\\b${W}\\b(?:lethal|fatal|deadly|dangerous|overdos\\w*|to die|kill (?:you|me|myself|someone|a person)|do it|in (?:my|your) sleep|enough to|with (?:the )?(?:rest of the )?(?:vodka|alcohol|whisky|wine|gin|booze)|saved up|stockpiled|hoarded)\\b`,
  ),
  /\b(?:how|which|what|where)\b[^.?!]{0,40}\b(?:bridge|cliff|building|car park|multi-storey|tower|roof|balcony|height|drop)\b[^.?!]{0,40}\b(?:high|tall|tallest|highest|enough|fatal|die|sure|quick)\b|\b(?:tallest|highest) (?:bridge|building|car park|cliff|multi-storey)\b/,
  /\b(?:jump(?:ed|ing|s)?|threw (?:himself|herself|myself|themselves)|fell) (?:off|from) (?:a|the|that|my) (?:[\w-]+ ){0,2}(?:bridge|building|car park|multi-storey|cliff|roof|balcony|flats|tower|viaduct)\b/,
  /\b(?:step(?:ped|ping|s)?|walk(?:ed|ing)?|lie|lay|lying|threw (?:himself|herself|myself|themselves)|jump(?:ed|ing)?) (?:out )?(?:in front of|onto|on|under) (?:a |the )?(?:[\w:.-]+ ){0,2}(?:train|tracks|railway line|lorry|bus|tube|traffic|motorway)\b/,
  /\b(?:cut|cutting|slit|slitting|slash|slashing|open|opening)\b[^.?!]{0,30}\b(?:wrists?|veins?|arter(?:y|ies)|throat|neck)\b|\b(?:veins?|arter(?:y|ies))\b[^.?!]{0,30}\b(?:cut|best|deep|bleed|hit|across|down)\b|\bhow deep\b[^.?!]{0,30}\bcut\b|\bcut(?:ting)? (?:across|down|along|lengthways|vertically)\b[^.?!]{0,20}\b(?:bleed|vein|wrist|deeper|more)\b/,
  /\b(?:noose|ligature|knot for a|tie a knot)\b|\b(?:belt|rope|cord|scarf|cable|dressing gown cord|tie)\b[^.?!]{0,30}\b(?:tied|tie|tying|around|round|to)\b[^.?!]{0,20}\b(?:neck|door|handle|banister|beam|hook|rail|loft|hatch|tree)\b/,
  /\b(?:bleach|antifreeze|weedkiller|poison|chemicals|drain cleaner|rat poison|cyanide|pesticide|paraquat)\b[^.?!]{0,40}\b(?:lethal|fatal|deadly|swallow\w*|drink|drank|die|kill|how much|enough)\b|\b(?:lethal|fatal|deadly|die|kill)\b[^.?!]{0,40}\b(?:bleach|antifreeze|weedkiller|chemicals|drain cleaner|rat poison|cyanide)\b/,
  /\b(?:gun|shotgun|rifle|firearm|pistol)\b[^.?!]{0,50}\b(?:myself|use it on|on myself|to my head|in my mouth|shoot)\b|\bshoot (?:myself|himself|herself)\b/,
  /\b(?:drive|driving|drove|swerve|crash)\b[^.?!]{0,20}\b(?:into|off)\b[^.?!]{0,20}\b(?:river|quarry|sea|wall|tree|lorry|cliff|bridge|oncoming)\b(?=[^.?!]*\b(?:will|going to|i'll|plan|tonight|tomorrow|want|thinking|myself|end|die)\b)/,
  /\bhow long (?:does it|would it|will it|it) takes? (?:for (?:someone|a person|you|me) )?to (?:drown|die|bleed|suffocate|hang|pass out)\b|\b(?:quicker|faster|better|less painful) to (?:hang|overdose|jump|cut|drown)\b|\b(?:slitting|slit|cutting) my (?:throat|wrists?)\b/,
];

/** Professional / advice framing: means restriction, protocols, assessment, what staff should do. */
export const ADVICE_FRAME =
  /\b(?:remove|removing|removed|reduce|reducing|limit|limiting|restrict|restricting|lock(?:ed|ing)? away|locking up|secure|check(?:ing)? (?:the \w+ )?for|audit|assess(?:ing|ment)?|means restriction|protocol|policy|procedure|guidance|training|safety plan(?:ning)?|signs? (?:include|of|are|to)|warning signs?|risk factors?|look out for|watch (?:out )?for|ask (?:them|him|her|the person|whether|if|directly|about)|you should|you can|staff (?:are|should|must)|we (?:train|teach|ask)|clients?|patients?|service users?|the person|a person|someone|anyone who|people who|if (?:someone|a person|they|anyone|he|she|you)|when (?:a|someone|they|he|she|people|you))\b/;
export const METHOD_ADVICE =
  /\b(?:remove|removing|reduce|reducing|limit|limiting|restrict|restricting|lock(?:ed|ing)? away|secure|check(?:ing)? (?:the \w+ )?for|audit|means restriction|protocol|policy|guidance|training|small packs|safety plan|barriers|fencing|nets|samaritans sign|signs? (?:include|of)|warning signs?)\b/;

/**
 * Fallback risk concepts: looser words that are held only when the sentence has first-person evidence
 * (or no subject at all) and survives the same negation / reported / hypothetical / past / advice checks.
 * Negated forms ("can't go on", "no point") start at the negation so that it is part of the concept.
 */
export const FALLBACK_TERMS =
  /\bsuicid\w*|\b(?:die|dying|dead|death|deaths)\b|\b(?:end|ending) (?:it|things|everything|my (?:life|pain|suffering|misery))\b|\bno (?:point|hope|future|way out|reasons?|purpose)(?=\s*(?:[.!,?;]|$|anymore|at all|left|for me|in (?:anything|any of it|it all|me|trying|living|life|carrying|going on|being|waking|existing|getting up|fighting|staying)|to (?:anything|any of it|it all|me|life|living|trying|carrying|going on|being|waking|existing|fighting|stay|live|go on)))|\b(?:don't|can't|cannot) see (?:the|any|a) (?:point|future|way|light|end|reason)\b|\b(?:hopeless|worthless|pointless|meaningless|useless) (?:anymore|now|all the time|every day)\b|\b(?:life|everything|existence|living|me) (?:is|feels|seems) (?:so )?(?:hopeless|pointless|meaningless|worthless|unbearable|not worth)\b|\bgiv(?:e|ing|en) up (?:on (?:life|everything|myself|living|me)|completely|for good|entirely)\b|\b(?:goodbye|farewell)s?\b|\bdisappear\w*|\bnot (?:be|being) (?:here|alive|around)\b|\b(?:not|never) (?:wake|waking|woke) up\b|\bbetter off (?:without|dead|gone|if)\b|\bburden\b|\b(?:can't|cannot|couldn't) (?:go on|cope|take (?:it|this|any)|do this|handle (?:it|this|life)|keep (?:going|living|fighting)|carry on|bear (?:it|this|living)|face (?:it|another|tomorrow|life))\b|\bwant (?:out|to go|it over|it to end|to stop|to sleep forever|to vanish)\b|\b(?:my|this is (?:my|the)) (?:last|final) (?:post|message|day|night|goodbye|words)\b|\bnothing (?:left|to live for|matters|to stay for)\b|\b(?:only|last) (?:way out|option left|escape|resort)\b|\b(?:hurt|harm|cut|burn|punish|injure|starve|kill)(?:ing)? (?:myself|me)\b|\bself-?harm\w*|\b(?:overdos\w*)\b|\b(?:not|don't feel|never feel) safe\b|\b(?:end|ending|take|taking) (?:my|my own) life\b|\bunalive\b|\bnot worth (?:it|living|saving|the effort|anything)\b|\b(?:won't|will not) (?:be|make it) (?:here|around|through)\b|\b(?:don't|won't|didn't|never) wake up\b|\b(?:don't|can't|cannot) (?:want to |keep |bear to )?do (?:this|it|life|any of this) anymore\b|\bhow (?:much|many)(?: \w+)? (?:it would|it'd|would it|it will|will it|does it) take\b|\bmy (?:own )?(?:funeral|death|grave)\b|\b(?:only (?:thing|reason|one)|all that's|nothing(?: is)?) (?:keeping|that keeps|stopping|that's stopping) me\b|\bkeep(?:ing|s)? me (?:alive|here|breathing)\b|\bwaste away\b|\b(?:should|could|want to|going to|just|might) (?:just )?jump\b|\b(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering) (?:my car |the car )?(?:into|off|in front of) (?:a |the )?(?:wall|tree|lorry|bridge|river|sea|cliff|oncoming|truck|bus|traffic)\b|\bcheck(?:ing)? out (?:for good|permanently|early|of life)\b|\bend of the (?:road|line) for me\b|\b(?:i'm|i am|at) the end of the road\b|\bhad enough of (?:life|living|everything|it all|being alive|this life|being here|existing)\b|\bdo something (?:stupid|drastic|silly|i'll regret|final)\b|\bnot (?:going to|gonna) make it\b|\bthis is (?:goodbye|the end)\b|\bgone (?:for good|forever)\b|\b(?:can't|cannot) (?:live|exist) like this\b|\bwant to (?:go to sleep|sleep) (?:forever|and not)\b|\b(?:don't|do not|didn't) deserve to (?:live|be (?:here|alive|happy|around)|exist)\b|\bdeserve (?:the pain|to (?:suffer|hurt|die|be hurt|be punished|bleed))\b|\b(?:won't|not going to) be (?:anyone's|a|your|their|everyone's|a) (?:problem|burden|worry|bother)\b|\b(?:be with|see|join|joining|seeing) (?:my )?(?:\w+ )?(?:nan|gran|mum|mom|dad|grandad|grandma|grandpa|husband|wife|son|daughter|brother|sister|partner|baby|friend|him|her) again\b(?=[^.]*\b(?:soon|ready|wherever|heaven|other side|up there|miss)\b)|\bnot long for this world\b|\b(?:in the ground|six feet under|in a box|in my grave|pushing up daisies)\b|\bedge of the (?:platform|cliff|roof|bridge|building|tracks)\b|\b(?:stood|standing|sat|sitting) on (?:the|a) (?:bridge|ledge|roof|edge|cliff|railway|tracks)\b|\b(?:drove|went|walked|go|going|drive|walk) (?:up )?to the (?:bridge|cliffs?|edge|tracks|railway|station|viaduct|river|sea|coast|woods)\b(?=[^.]*\b(?:thinking|sat|stood|jump|couldn't|almost|nearly|hours|end|do it)\b)|\b(?:blade|razor|knife|pills|tablets|rope|noose|belt)\b[^.]{0,25}\b(?:against|to|on|in|round|around) my (?:wrists?|arms?|skin|throat|neck|hands?|legs?|thighs?)\b|\b(?:holding|held|hold|sit with|sat with|staring at|stare at|counting|counted|looking at) (?:the |my |a |some )?(?:blade|razor|knife|pills|tablets|rope|noose)\b|\bhid(?:e|ing)? (?:the |my )?(?:cuts|scars|marks|burns|bruises|wounds)\b|\b(?:done|tired of|finished with|sick of) fighting\b|\b(?:got|have|had) (?:it )?all planned\b|\ball planned out\b|\b(?:lost|losing|no|lose) (?:the |my |all )?will to (?:live|go on|carry on|keep going)\b|\bnothing (?:here|left) for me\b|\b(?:go away|stop|end|sleep|rest|escape|get off|check out|switch off|disappear)\b[^.]{0,30}\b(?:permanently|for good|forever|for ever)\b|\b(?:the|these|my|dark|intrusive|bad|suicidal) thoughts (?:are|have|keep) (?:back|returned|coming back|louder|worse|stronger|winning|taking over|getting)\b|\bact(?:ing)? on (?:the|these|my|them|those|it)(?: thoughts| urges| feelings)?\b|\b(?:researching|researched|looking (?:up|into)|looked (?:up|into)|reading about|read about|googling|googled|searching|searched|watching)\b[^.]{0,20}\b(?:methods|ways to (?:die|go|do it|end)|how to (?:die|do it|end it))\b|\brelapsed\b|\bwant to hurt\b|\b(?:i'm|i am|feel like) (?:a|such a) (?:failure|lost cause|mistake|waste)\b(?=[^.]*\b(?:die|live|here|alive|anymore|everyone|gone|deserve)\b)|\b(?:don't think i'll|won't|not going to|might not|may not|doubt i'll|never going to) make it (?:to|through|past|until|till)\b|\bwhat's the point(?=\s*[.!?]*$| anymore| of (?:anything|it all|living|life|me|trying|going on|carrying on))|\b(?:i've|i have|have|got) (?:a|the) (?:plan|means)\s*[.!]*$|\b(?:have|got) the means\b|\b(?:need|have|find|found|get) the (?:nerve|courage|guts|bottle) to (?:do it|go through with it|end)|\bjust need the (?:nerve|courage|guts)\b|\blet(?:ting)? go of the (?:wheel|steering wheel)\b|\b(?:think|thinking|thought|picture|picturing|imagine|imagining|dream|dreaming|obsessing) (?:about |of )?(?:\w+ ){0,3}(?:train tracks|railway line|the tracks|the bridge|the edge|jumping|falling|the pills|the rope|the drop|crashing (?:my|the) car|hanging|drowning|overdosing|walking into the sea|not existing|my funeral)\b|\bgiv\w* (?:all )?(?:my|all my) (?:things|stuff|belongings|possessions|clothes|pets?|books) away\b|\b(?:wrote|written|writing) (?:the|my|all the|all my) (?:letters|notes)\b|\b(?:picked|chosen|chose|set) (?:a|the) (?:day|date)\b(?! for)|\b(?:cut|cutting|burned|burnt|burning|scratched|hurt|harmed|relapsed) (?:myself )?(?:again|deeper)\b|\bdeeper this time\b|\bgoing (?:up )?to the (?:bridge|cliffs?|tracks|railway|viaduct|edge)\b(?! (?:club|meeting|session|match))|\b(?:don't|do not) (?:worry|be sad|blame yourselves?|cry|grieve) (?:about|for|over) me\b(?=[^.]*\b(?:after|when|anymore|gone|weekend|tonight)\b)|\bmy (?:last|final) (?:week|day|night|weekend|month|christmas|birthday|post|message)\b(?! (?:at|in|of|on|with|as|before|here|there|off))|\b(?:welcome|wouldn't mind|wouldn't care if|hope|hoping|pray|praying)\b[^.]{0,30}\b(?:hit(?:ting|s)? me|kill(?:s|ed)? me|cancer|accident|heart attack|die|dying|died|dead|never wake|don't wake|not wake)\b|\bcancer\b[^.]*\brelieved\b|\bnot exist\b|\bstop (?:being|existing|living)\b|\b(?:clock|log|check|sign|bow) (?:off|out)\b[^.]{0,20}\b(?:permanently|for good|forever|from life|of life|of this world)\b|\b(?:leave|leaving|left|exit|exiting|depart|departing) (?:this|the) (?:world|earth|planet|life)\b|\btime for me to (?:go|leave|say goodbye)\b|\b(?:this )?world (?:isn't|is not|wasn't) (?:for|made for) me\b|\b(?:not|never) (?:meant|supposed) to (?:be here|be alive|survive|wake up|exist)\b|\bshouldn't (?:have )?(?:survived|woken up|be here|be alive)\b|\b(?:went|go|going|gone) back to (?:the|my) (?:blade|razor|cutting|knife)\b|\bmy (?:arms?|wrists?|legs?|thighs?|skin) (?:are|is) (?:a mess|covered|cut|scarred|raw)\b|\b(?:hurt|painful|quick|take long)\b[^.]{0,15}\bto (?:drown|hang|bleed out|overdose)\b|\b(?:envy|envious of|jealous of)\b[^.]{0,25}\b(?:died|dead|dying|gone|aren't here|in their graves)\b|\b(?:okay|ok|fine|at peace|happy) with (?:that|it|dying|not being here)\b(?=[^.]*\b(?:time|die|dying|end|gone|here)\b)|\bmade sure of it\b|\b(?:they'd|they would|everyone would|everyone'd|they'll|they will) be (?:happier|better|fine|relieved|okay)\s*[.!]*$|\b(?:not|haven't|stopped) (?:eaten|eating|drinking water)\b[^.]*\b(?:don't plan to|won't|not going to|no point|on purpose)\b|\b(?:can't|cannot|unable to|harder to|struggling to|hard to) keep (?:myself|me) safe\b|\bhopefully (?:that's it|i don't wake|i won't wake|it'll be over|it ends|that's the end)\b|\b(?:feel|feeling|felt) like (?:giving up|packing it in|calling it a day|throwing in the towel)\b/g;

/** Subjects other than the author that can own a fallback concept. */
export const OTHER_SUBJECT =
  /\b(?:he|he's|she|she's|they|they're|they've|them|him|his|her|someone|somebody|people|person|client|clients|patient|patients|resident|residents|service users?|users?|friends?|son|daughter|mother|mum|father|dad|husband|wife|partner|brother|sister|child|children|kid|kids|teenagers?|man|woman|men|women|boy|girl|colleagues?|followers?|individuals?|staff|nurse|worker|carer|carers|family|student|students|young people|young person|lad|lady|tenant|member|neighbour|flatmate|housemate|mate|aunt|uncle|cousin|nan|gran|grandad|pupil|caller|relative|you're|your|anyone|anybody|we|we're|we've|our|us)\b/g;

/**
 * Cheap pre-filter: a sentence with none of these stems cannot match any method, core or fallback pattern,
 * so the costly stages are skipped for it (checked against the full pipeline on the corpora).
 */
export const GATE =
  /di[en]|dy|dead|death|kill|suic|harm|hurt|cut|burn|pill|tablet|meds|medic|overd|\bod\b|dose|rope|noose|ligat|hang|hung|jump|bridge|train|track|cliff|roof|drown|bleed|bled|blade|razor|knife|poison|bleach|gun|shoot|liv|alive|life|exist|here|around|gone|end|over|stop|point|reason|hope|future|way|burden|weight|better|easier|happier|relieved|goodbye|farewell|note|letter|plan|affairs|away|appear|wake|sleep|safe|trust|scared|afraid|frighten|terrif|worried|deserve|worth|done|enough|tired|sick|weary|exhaust|fight|giv|cope|go on|carry|keep|do this|do it|anymore|longer|miss|notice|care|without|funeral|grave|ground|world|forever|for good|permanent|thought|think|urge|relapse|scar|bruise|mark|wound|punch|scratch|starv|self|fall|high|strong|lethal|fatal|deadly|painless|quick|fast|how|\d|chemical|gas|fumes|charcoal|helium|hose|car|wheel|drive|drove|crash|cancer|welcome|pray|wish|rather|picked|chose|set a|nerve|means|last|final|empty|numb|trap|escape|swallow|took|take|taking|stockpil|sav|hoard|collect|stor|wall|head|arm|wrist|leg|thigh|skin|body|finish|attempt|try|tried|over|ready|lined|laid|counted|place|waiting|cliff|edge|platform|sea|river|quarry|bus|lorry|traffic|vodka|alcohol|whisky|wine|gin|booze|mix|fine|rest|problem|bother|mistake|failure|lost|waste|favour|sorry|peace|affair|will\b|nothing|hate|dread|disappoint|still|one|is this|breath|ctb|tonight|tomorrow|weekend|decid|calm/;
