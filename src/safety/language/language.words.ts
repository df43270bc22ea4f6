// Words that say an answer is English or Welsh when it is too short for franc's trigrams ("Keep it simple." comes out
// nearest to Albanian). Three kinds, each with its own weight in language.ts:
// - englishWords, welshWords: common words that the other languages people write here do not also use as common words;
// - sharedWords: common English and Welsh words that are everyday words elsewhere too ("a", "in", "to", "no", "was",
//   "will", "mi", "na"), in Polish, Romanian, Spanish, French, Portuguese, Italian, German, Dutch, Irish, Gaelic or
//   Roman Urdu, or in Romanian and Polish typed without accents ("sa", "ma");
// - everydayWords, welshEverydayWords: everyday nouns, verbs and adjectives, in their plain forms.
// language.test.ts checks that no answer in another language in data/ is let through by them.

export const englishWords: ReadonlySet<string> = new Set(
  `the and of you your yours that for with they have this from but what were when there which she their about out
  then them these those some would like him into has been being it its it's my our if just get got getting should
  could not at be how why who we his her can all any too very because up off after before than does did doing don't
  doesn't didn't can't won't isn't wasn't aren't haven't i'm i've i'd i'll you're you've they're we're we've that's
  there's what's let let's make take know think need people one by yes always never every more most much many other
  only same still here where while well really thing things having going gonna went myself yourself themselves
  ourselves someone something anything nothing everything everyone anyone nobody each both either though although
  until unless since whether might must shall may even back again away now today tonight tomorrow yesterday said say
  says tell told ask asked help feel felt bit lot lots thanks thank agree agreed great good brilliant works please
  sorry nice definitely absolutely exactly totally true sure maybe probably actually honestly hope tbh lol ngl yeah
  yep nope cheers`.split(/\s+/),
);

export const welshWords: ReadonlySet<string> = new Set(
  `yn yr mae mae'r maen mae'n ma'r dwi dw dwi'n wi fe'n fo'n hi'n ti'n ddim dim bod fod wedi ond nhw nhw'n chi'n ni'n i'n i'r o'r a'r
  gyda gyda'r efo efo'r hefo hefyd iawn hyn hynny sy sydd oedd roedd oedden roedden roeddwn oeddwn ro'n o'n ydy ydi
  ydw ydych rydw rydyn rydych dych ych dach rwy fy eich cael gael gwneud neud beth be pan fel diolch ac yw oes allan
  rhaid angen eisiau isio moyn gallu byth bob pob rhywun rhywbeth pethau peth llawer gormod tro amser gwaith bydd
  byddai fydd doedd does dydy dyw pwy pam sut ble faint achos felly mewn yma wrth heb trwy drwy rhwng mwy fawr`.split(/\s+/),
);

export const sharedWords: ReadonlySet<string> = new Set(
  `a an in on to is are as do go he me so or us no i am also come over want was will o y ar na ni ti chi eu ein gan
  neu ma sa mi fe fo hi`.split(/\s+/),
);

// Everyday English and Welsh words beyond those above, in their plain forms ("answer" stands for "answers",
// "answered", "answering"), and the everyday words left out above. A short answer made only of such words is English or Welsh ("A different answer.",
// "Peer mentoring works."). They count only when nearly every word is one: answers in other languages borrow English
// nouns ("manager", "shift", "staff") but not whole sentences.
export const everydayWords: ReadonlySet<string> = new Set(
  `answer question different same new old older young first last next second third other own single double whole
  view record hour minute day week month year time morning afternoon evening night weekend block team meeting
  check test click read reader see look watch wait change keep trust gut idea thought thanks peer mentor work job
  later early soon late simple easy hard difficult quick slow long short big small little large high low full empty
  good bad better best worse worst right wrong true false clear sure safe unsafe happy sad angry tired busy quiet
  loud kind calm proper real main whole free open close closed start stop finish end begin try use used find give
  put call ring phone text email write send post share talk speak listen hear say ask tell answer explain show learn
  teach train support help care carer cared nurse doctor patient client resident service user family friend parent
  child children kid baby mum mam dad nan gran partner husband wife son daughter brother sister colleague boss
  manager staff student placement ward home house room office unit hospital clinic surgery school college course
  shift rota handover supervision training policy plan report note notes paperwork form system process assessment
  review risk safety safeguarding concern issue problem worry stress pressure workload money pay funding budget
  council agency community health mental physical social worker practice practitioner lead leader role member
  group session workshop board perspective moderator moderate publish approve reject hide delete edit remove vote
  consent triple example reason way side part point fact case story life world people person man woman
  everyone thing place area country city town local national public private personal professional online offline
  website page link app message chat call meeting appointment visit visitor hello hi hey bye goodbye please sorry ok
  okay thanks cheers great lovely fine brilliant amazing awesome perfect fab cool useful helpful important
  interesting funny weird strange normal usual common rare often sometimes usually rarely always never maybe perhaps
  definitely probably certainly honestly basically actually literally seriously really quite rather pretty fairly
  enough almost nearly already yet still just only also even too very so much more less least most few several
  lot plenty none half twice once twice three four five six seven eight nine ten twenty hundred thousand number
  agree disagree think believe know understand mean feel seem remember forget hope wish love like hate prefer need
  want decide choose follow lead move stay leave go come bring take make do get become grow happen seem turn run
  walk sit stand lie sleep eat drink cook clean wash dress pick drop hold carry reach pull push open shut win lose
  pay buy sell spend save cost break fix build cut hurt heal die live born pill tablet medication medicine drug
  alcohol car bus train
  app facebook whatsapp instagram tiktok snapchat youtube linkedin twitter offline unfollow untag dm dms gp nhs hr
  rota wellbeing samaritans username livestream webpage chatbot
  today tomorrow yesterday now then soon before after during while until again ago away back down inside outside
  near far here there everywhere somewhere anywhere nowhere above below under over between through across around
  mine yours ours theirs hers anyone someone nobody everybody somebody anybody whatever whenever wherever however`.split(/\s+/),
);

export const welshEverydayWords: ReadonlySet<string> = new Set(
  `cadw syml gofyn help dibynnu ward syniad gwych nosweithiau gwaethaf gorau grwpiau ymarfer myfyriol gwrando
  gyntaf cyntaf garedig caredig tîm tim staff rheolwr nyrs meddyg claf teulu teuluoedd plentyn plant ffrind gwaith
  shifft shifftiau hyfforddiant goruchwyliaeth polisi diogelu cynllun adroddiad asesiad cefnogaeth cymorth risg
  pryder problem diwrnod wythnos mis blwyddyn bore prynhawn nos noson penwythnos amser heddiw yfory ddoe nawr rŵan
  wedyn eto byth weithiau bob amser da drwg gwell gorau gwaethaf hapus trist blinedig prysur tawel anodd hawdd
  pwysig defnyddiol diddorol iawn grêt gret gwych ardderchog lyfli neis diolch croeso cytuno meddwl credu gwybod
  deall teimlo cofio anghofio gobeithio caru hoffi casáu angen eisiau dewis dilyn symud aros gadael mynd dod dechrau
  gorffen siarad dweud gweud ysgrifennu darllen dysgu addysgu helpu gofalu gofal cartref tŷ ty ystafell ysbyty
  meddygfa ysgol coleg cwrs myfyriwr myfyrwyr lleoliad person pobl dyn dynes menyw pawb rhywun neb peth pethau lle
  ffordd rheswm enghraifft stori bywyd byd cymuned cyngor iechyd meddwl corfforol cymdeithasol gweithiwr ymarferydd
  rôl rol aelod grŵp grwp sesiwn gweithdy neges ffôn ffon galw ffonio`.split(/\s+/),
);
