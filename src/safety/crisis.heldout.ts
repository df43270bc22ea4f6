// Held-out crisis corpus (SG-1). Written independently of the detector and its
// development corpus: do not tune the detector against these sentences. If a
// sentence here is found to be mislabelled, fix the label, not the detector.
import type { CrisisExample } from './crisis.corpus.ts';

export const crisisHeldout: CrisisExample[] = [
  // ── first-person: the author may be at risk now ─────────────────────────
  {
    label: 'first-person',
    text: "Honestly I don't want to be here any more. I've answered the question but I don't think I'll be around to read the replies.",
  },
  { label: 'first-person', text: 'i cant do this anymore. everyday is the same and i keep thinking evryone would be better off without me' },
  { label: 'first-person', text: "I've been saving up my tablets for a few weeks now instead of taking them. I haven't told my care coordinator." },
  {
    label: 'first-person',
    text: "As a nurse I know exactly what the warning signs look like, and I'm ticking every one of them. I've started thinking about how I'd do it.",
  },
  {
    label: 'first-person',
    text: "To answer the question: if someone I support tweeted that they were suicidal I'd want to help them. But right now I'm the one who needs it. I don't think I can keep myself safe tonight.",
  },
  { label: 'first-person', text: "Nobody would even notice if I just disappeared. That's the truth of it." },
  { label: 'first-person', text: 'I keep cutting myself again. I thought I was past all that.' },
  { label: 'first-person', text: "I've written letters to my daughter and my mum and put them in the kitchen drawer, just in case." },
  { label: 'first-person', text: 'dont really see the point in waking up tomoro tbh' },
  { label: 'first-person', text: 'Every morning on the drive to work I look at the bridge and think about not stopping.' },
  {
    label: 'first-person',
    text: "I'm a support worker and since the complaint about me went viral I've been thinking I'd rather be dead than walk back in there on Monday.",
  },
  {
    label: 'first-person',
    text: "Finding time for social media? I can barely find a reason to get out of bed. Some nights I go to sleep hoping I won't wake up.",
  },
  { label: 'first-person', text: "I want to end it. I've wanted to for a while and I'm tired of pretending I'm fine." },
  { label: 'first-person', text: 'Its all to much. I just want it all to stop, for good this time.' },
  { label: 'first-person', text: "I'm giving my things away this week. I've already sorted out who's having the dog." },
  { label: 'first-person', text: "Everyone keeps telling me it gets better but I've made my decision. This is my last post anywhere." },
  { label: 'first-person', text: "If I'm honest I'm only writing this because I don't know who else to tell. I'm planning to kill myself at the weekend." },
  { label: 'first-person', text: 'the trolling hasnt stopped for months and i think about killing myself most days now' },
  { label: 'first-person', text: "I feel like a burden to my family and to my team. They would honestly be better off if I wasn't around." },
  {
    label: 'first-person',
    text: "I'm a mental health nurse and I tell people every single day that there's hope. I don't believe it for myself any more, and I've started making plans.",
  },
  { label: 'first-person', text: 'cant stop thinking about ending my life. please dont publish this but I needed to say it somewhere' },
  { label: 'first-person', text: "After the photos of me went round the staff WhatsApp I've started self harming again, most nights." },
  { label: 'first-person', text: "I honestly think I'd be doing everyone a favour by not being here." },
  { label: 'first-person', text: 'Some days I think about walking into the sea and just carrying on walking.' },
  { label: 'first-person', text: "Sorry to put this here. I took more than I should have tonight and I don't know whether to tell anyone." },
  { label: 'first-person', text: "I have nothing left to give and nobody left to give it to. I'm done." },
  { label: 'first-person', text: 'wish i could just dissapear permanantly' },
  { label: 'first-person', text: "I'm not coping. I've had thoughts of suicide every day this week and they're getting louder, not quieter." },
  {
    label: 'first-person',
    text: 'My manager says I should take some time off, but time off just means more hours alone with the thoughts about ending things.',
  },
  {
    label: 'first-person',
    text: "This board asks what we really want to know. I want to know how much longer I'm supposed to keep going when I don't want to live.",
  },
  { label: 'first-person', text: "Last week I promised my GP I'd ring the surgery if it got bad again. It's bad. I haven't rung." },
  { label: 'first-person', text: "I care for my husband full time and I've got to the point where I've thought about taking us both out of this." },
  { label: 'first-person', text: 'I keep hurting myself just so I can feel something. I wear long sleeves on shift so nobody asks.' },
  { label: 'first-person', text: 'Part of me is hoping somebody reads this and stops me.' },
  { label: 'first-person', text: 'Been sat in the hospital car park for an hour trying to talk myself out of it.' },
  {
    label: 'first-person',
    text: 'I used to be the one everyone came to. Now I lie awake wondering who would come to my funeral, and part of me wants to find out soon.',
  },
  { label: 'first-person', text: "Honestly? I'm thinking of ending it all. The abuse online was the last straw." },
  { label: 'first-person', text: "I don't want to die exactly. I just don't want to exist any more, and that feeling isn't going away." },
  { label: 'first-person', text: 'ive got everything ready. i just need to pick a day' },
  { label: 'first-person', text: "Could someone please read this soon. I'm not safe right now." },
  { label: 'first-person', text: "I'm so ashamed of what happened at work that I keep thinking the only way out is to kill myself." },
  {
    label: 'first-person',
    text: "When I read the first question, about someone feeling suicidal, I realised it's me. I'm the someone. I just haven't told anyone I support, or anyone at all.",
  },
  { label: 'first-person', text: 'Tonight feels like the night I stop fighting it.' },
  {
    label: 'first-person',
    text: "Not sure why I'm writing this on a training board but I've been self-harming since January and it's getting worse, not better.",
  },
  { label: 'first-person', text: 'My kids would have a better life without a mum like me in it.' },
  {
    label: 'first-person',
    text: "I'm a GP. I've started to understand why colleagues have taken their own lives, and that frightens me, because I don't feel very far from it myself.",
  },
  {
    label: 'first-person',
    text: "I've been a care worker for eleven years and I've always been the strong one. Since the complaint about me went up on the village Facebook page, people I've known for years have stopped speaking to me in the Co-op. I've not slept properly in weeks. I've started thinking that if I wasn't here it would all just stop, and last night I sat on the edge of the bath for a long time thinking about it. I haven't told my husband.",
  },
  { label: 'first-person', text: "re private life - i dont have one. dont really want much of a life at all these days and i've stopped pretending i do" },

  // ── method: describes means of self-harm or suicide (held regardless of person) ──
  {
    label: 'method',
    text: 'A young person on our caseload posted a photo of the blades she uses and where she hides them in her room, with a caption about which ones cut deepest.',
  },
  {
    label: 'method',
    text: "Someone replied under our post explaining how to buy painkillers from several different shops so nobody notices how many you're getting.",
  },
  { label: 'method', text: "I've been using the blades out of pencil sharpeners on my thighs because nobody ever looks there." },
  { label: 'method', text: "He told me he'd tied a belt to the banister to test whether it would hold his weight." },
  {
    label: 'method',
    text: "The thread was all about getting hold of a lethal amount of medication without a prescription and which websites don't check who you are.",
  },
  { label: 'method', text: "She said she'd been going up to the top level of the multi-storey at night to look at where she would jump from." },
  { label: 'method', text: 'i burn myself with a lighter on the inside of my wrist and cover it with my watch strap' },
  { label: 'method', text: "He'd worked out the timetable at the level crossing near his flat and knew which train doesn't slow down." },
  { label: 'method', text: "I've been mixing my sleeping tablets with vodka on purpose to see how far I can push it." },
  { label: 'method', text: 'She described sitting in the car in the closed garage with a hose running from the exhaust into the window.' },
  { label: 'method', text: "In that group people swap tips on hiding fresh cuts from staff and which dressings don't show under a uniform." },
  { label: 'method', text: "My plan is to take the whole box of my nan's strong painkillers after she's gone to bed." },
  { label: 'method', text: "He showed me the ligature he'd made out of a phone charger cable, which he kept under his mattress." },

  // ── third-person: someone else's risk, reported by the author ─────────────
  { label: 'third-person', text: "A service user messaged me saying she wants to end it, and she'd tagged me so all her followers could see." },
  { label: 'third-person', text: "One of the lads I support tweeted 'cant take any more, goodbye all' at 2am and tagged our team account." },
  {
    label: 'third-person',
    text: "My brother puts things like 'I want to die' on his story and then deletes them an hour later. I never know whether to ring him.",
  },
  { label: 'third-person', text: "A resident's daughter told us her mum keeps saying she wishes she could go to sleep and not wake up." },
  {
    label: 'third-person',
    text: 'He DMed me a picture of his arms and said he was going to kill himself tonight. I rang 999 and stayed on the chat with him until the police got there.',
  },
  { label: 'third-person', text: 'A young woman we support posted that she had stockpiled her tablets. We passed it to the crisis team straight away.' },
  {
    label: 'third-person',
    text: "My friend is a paramedic and she told me she's been having suicidal thoughts since the pandemic. I didn't know what to say to her.",
  },
  { label: 'third-person', text: 'someone i support keeps commenting on my posts saying nobody would miss him if he was gone. im really worried about him' },
  { label: 'third-person', text: "We had a client write 'I don't want to be here anymore' in the comments under one of our health promotion videos." },
  { label: 'third-person', text: "My son told me last night he's been thinking about ending his life. He's fifteen. We're on the waiting list for CAMHS." },
  { label: 'third-person', text: "A colleague confided that she's been self-harming and asked me not to tell our manager. I don't know where that leaves me." },
  { label: 'third-person', text: "The person I support, who I won't name, posted a goodbye message and then went offline for hours." },
  { label: 'third-person', text: "When my client wrote 'I'm going to kill myself' in a Facebook comment, I'll be honest, I froze." },
  { label: 'third-person', text: "One of the women on our ward told me she'd tried to hang herself at home the week before she was admitted." },
  { label: 'third-person', text: "My dad keeps saying he's had enough and just wants to be with Mum now. He's 84 and lives on his own." },
  { label: 'third-person', text: 'A follower of our page left a voice note saying he was standing on a bridge. We called the police with his location.' },
  {
    label: 'third-person',
    text: 'The admin of our service user group found that one member had been posting about wanting to die for weeks and nobody had picked it up.',
  },
  { label: 'third-person', text: "My partner has said several times this month that we'd be better off without him. He refuses to see anyone about it." },
  { label: 'third-person', text: 'A carer I know told me she feels suicidal some nights and only keeps going for her daughter.' },
  {
    label: 'third-person',
    text: "Last month a teenager we work with posted 'this is my last night' on TikTok. Her friends saw it and told a teacher, thank god.",
  },
  { label: 'third-person', text: "the lady i care for said to me 'i wish id never woken up this morning' and i dont know if i should be reporting that" },
  {
    label: 'third-person',
    text: "I work nights in supported living. At about 1am one of the tenants posted on Facebook that he'd had enough and wanted to die, and tagged me and two other staff. I went and knocked on his door, sat with him, and rang the crisis line together with him on speaker. In the morning we went through his safety plan with his care coordinator. Looking back, the tag was him asking for help in the only way he felt able to.",
  },

  // ── professional: advice, policy, what to do ──────────────────────────────
  {
    label: 'professional',
    text: "If someone says they're suicidal online, ask them directly whether they're thinking about killing themselves. Asking doesn't put the idea in their head.",
  },
  {
    label: 'professional',
    text: 'Our policy is that any mention of suicide or self-harm on the team account is escalated to the duty worker within 30 minutes, day or night.',
  },
  {
    label: 'professional',
    text: "Put the crisis numbers in your reply (Samaritans on 116 123, NHS 111 option 2, or 999 in an emergency) and don't promise confidentiality you can't keep.",
  },
  {
    label: 'professional',
    text: 'Record the post, the time you saw it and what you did about it. Screenshots are fine if your information governance team agrees.',
  },
  {
    label: 'professional',
    text: "Anyone running a service's social media account should have done suicide awareness training before they're left on their own with it.",
  },
  {
    label: 'professional',
    text: "The Samaritans media guidelines are clear: don't describe methods, don't say 'commit suicide', and always signpost support.",
  },
  {
    label: 'professional',
    text: "Safeguarding applies online. If you think there's an immediate risk to life, ring 999 and give the police everything you have, including the account name.",
  },
  {
    label: 'professional',
    text: 'Our safety plan template covers warning signs, coping strategies, people to contact, and making the environment safe, which includes reducing access to means.',
  },
  { label: 'professional', text: "In supervision we talk about the emotional impact of reading suicidal posts. It isn't something anyone should carry alone." },
  {
    label: 'professional',
    text: "Don't reply with a generic 'please contact your GP'. Acknowledge what they've said, tell them you're worried about them, and tell them what you're going to do next.",
  },
  {
    label: 'professional',
    text: 'For managers: run a tabletop exercise where a service user posts that they want to die at 6pm on a Friday, and see who notices and how long it takes.',
  },
  {
    label: 'professional',
    text: "Zero Suicide Alliance training takes about twenty minutes and it's free. I'd make it mandatory for anyone posting on behalf of a service.",
  },
  {
    label: 'professional',
    text: "A duty of care doesn't stop at the edge of the platform. If someone you support discloses suicidal thoughts in a DM, treat it as a disclosure like any other.",
  },
  {
    label: 'professional',
    text: "Self-harm isn't always about wanting to die, and responding as though it is can push people away. Ask what it does for them.",
  },
  {
    label: 'professional',
    text: "Trust guidance says don't delete a post where someone talks about suicide until the risk has been assessed and the content has been saved to their record.",
  },
  {
    label: 'professional',
    text: 'After an incident like this, offer the staff member a proper debrief. Vicarious trauma is real, even when the outcome is a good one.',
  },
  { label: 'professional', text: "Plan for out of hours: an auto-reply on the account saying it isn't monitored at night, with 999 and 116 123 in it." },
  {
    label: 'professional',
    text: 'When you report a post to the platform, most of them have a self-harm or suicide reporting route that sends the person support information directly.',
  },
  {
    label: 'professional',
    text: 'the NICE self-harm guideline says not to use risk scales to predict who will go on to take their own life. assess the persons needs instead',
  },
  {
    label: 'professional',
    text: "If a service user posts about wanting to kill themselves, don't argue in the comments and don't try to do therapy in public. Move it to a private message, then pick up the phone.",
  },
  {
    label: 'professional',
    text: "Your team's social media policy should say that staff can't be expected to respond to suicide disclosures on their personal accounts, and what they should do if it happens anyway.",
  },
  {
    label: 'professional',
    text: "I teach this on our induction. The short version: respond quickly and humanly, don't leave someone hanging because the message came through the wrong channel, follow your safeguarding procedure, call 999 if life is at immediate risk, and look after yourself afterwards. The longer version is mostly about practising the first sentence you'll write, so you aren't making it up at midnight.",
  },

  // ── retraction: negations and clarifications ──────────────────────────────
  { label: 'retraction', text: "Just to be clear, I'm not suicidal. I'm fed up with being trolled, that's all." },
  { label: 'retraction', text: "I never said I'd hurt myself. Someone screenshotted a joke out of context and now my manager wants a meeting." },
  { label: 'retraction', text: "I don't want to kill myself, I want the abuse to stop. Those are different things and people keep mixing them up." },
  { label: 'retraction', text: 'im not going to do anything stupid before anyone worries, i just needed a rant about the rota' },
  {
    label: 'retraction',
    text: "To everyone who messaged after my last post: I'm safe, I've never had thoughts of ending my life, I was quoting a service user for a training example.",
  },
  { label: 'retraction', text: "I have never self-harmed and I'm not thinking about it now, but I can see why people get drawn into those forums." },
  { label: 'retraction', text: "I'm not at risk and I'm not in crisis. I'm answering as a practitioner who has bad days like anyone else." },
  { label: 'retraction', text: "No, I'm not going to hurt myself. Yes, I am very angry with the council." },
  { label: 'retraction', text: "It's not that I want to die, it's that I'm exhausted. Please don't read anything more into it." },
  {
    label: 'retraction',
    text: "I wasn't being serious when I posted 'might just jump off the roof' after the CQC visit, and nobody at work thought I was, thankfully.",
  },
  { label: 'retraction', text: "I've been low lately but I'm not suicidal, and I've got support in place. My GP and I are on it." },
  {
    label: 'retraction',
    text: 'Never once thought about taking my own life, even at the worst of the complaints. I put that down to having a good team around me.',
  },
  { label: 'retraction', text: "Before anyone panics: the 'goodbye' post on my account was me leaving Twitter, not leaving this world." },
  { label: 'retraction', text: 'i dont want to end my life lol i want to end my contract' },
  { label: 'retraction', text: "The message I sent the crisis line was a mistake. I don't feel like killing myself and I never have." },
  { label: 'retraction', text: "I wouldn't harm myself, I've got far too much to live for, but I do think the pressure on staff is unsustainable." },

  // ── past: recovered past experience ───────────────────────────────────────
  {
    label: 'past',
    text: "Ten years ago I tried to take my life. What helped was a nurse who sat with me and didn't rush me. That's what I'd want staff to do online too.",
  },
  {
    label: 'past',
    text: "When I was nineteen I self-harmed most days. I'm 34 now and it's been twelve years since the last time. Moderated peer support forums were a big part of that.",
  },
  {
    label: 'past',
    text: "I've been where that person is. In 2015 I posted that I wanted to die, and a support worker rang me within the hour. I'm still here, and I'm well.",
  },
  { label: 'past', text: "Years back I was sectioned after an overdose. Looking back, what I needed most was someone to say 'I saw your message'." },
  { label: 'past', text: "I used to cut myself as a teenager. These days I volunteer with a young people's charity and talk about it openly." },
  { label: 'past', text: "My suicide attempt was in 2009. Recovery wasn't a straight line, but I haven't felt that way for a long, long time." },
  {
    label: 'past',
    text: "There was a time I believed my family would be better off without me. It passed, with help. I'm telling you so you know that it can.",
  },
  { label: 'past', text: 'i was suicidal all the way through uni, im 40 now and in a much better place, and yes im on facebook and its fine' },
  { label: 'past', text: 'After my attempt in my twenties, the online community I found was a lifeline, but only because it was properly moderated.' },
  {
    label: 'past',
    text: "As someone with lived experience of suicidal crisis (a long time ago now), my advice is don't be scared of the words. Say them back to the person.",
  },
  { label: 'past', text: "Fifteen years ago I wrote a goodbye note. A friend found it in time. I've since trained as a social worker." },
  { label: 'past', text: 'When I came out of hospital after trying to end my life, the worst bit was people acting like it had never happened.' },
  {
    label: 'past',
    text: "My self-harm stopped around 2016. The scars on my arms are old and I'm not ashamed of them, but I crop them out of Facebook photos because of the comments.",
  },
  { label: 'past', text: "I was in a very dark place after my son died and thought about ending things. That was six years ago and I'm doing well now." },
  {
    label: 'past',
    text: "I remember being eighteen and searching online for ways to die. I'm so glad the first thing that came up was a helpline number, and that I rang it.",
  },
  {
    label: 'past',
    text: "In my first year as a nurse I had suicidal thoughts after a patient died on my shift. Getting occupational health involved saved my career, and maybe more than that. I'm fifteen years qualified now and I make sure every student I mentor knows where to go.",
  },

  // ── figurative: figures of speech ─────────────────────────────────────────
  { label: 'figurative', text: 'This rota is killing me. Three long days and then straight onto nights, who designed this?' },
  { label: 'figurative', text: 'I nearly died of embarrassment when my manager liked a photo of me from a hen do.' },
  { label: 'figurative', text: "I'd kill for a day off that wasn't spent catching up on notes." },
  { label: 'figurative', text: "If I have to do one more e-learning module on information governance I'll throw myself out of the window." },
  { label: 'figurative', text: 'My inbox is a slow and painful death.' },
  { label: 'figurative', text: 'honestly the teams notifications make me want to die, they never stop pinging' },
  { label: 'figurative', text: 'When my daughter tagged me in that video I wanted the ground to swallow me up.' },
  { label: 'figurative', text: 'The paperwork will be the death of me, never mind social media on top.' },
  { label: 'figurative', text: "Our comms team shot down the idea of a ward Instagram before we'd even finished explaining it." },
  { label: 'figurative', text: 'I could have killed my brother for posting my old school photo.' },
  { label: 'figurative', text: "Finding time for social media? Don't make me laugh, I'm dead on my feet by four o'clock." },
  { label: 'figurative', text: 'the new patient record system is basically suicide for productivity' },
  { label: 'figurative', text: 'Explaining Twitter to our board was like banging my head against a brick wall until it bled.' },
  { label: 'figurative', text: 'my phone died halfway through the live Q&A and I wanted to jump off a cliff' },
  { label: 'figurative', text: 'That presentation went down like a lead balloon and I died a little inside.' },
  { label: 'figurative', text: "I'm dying to try the new peer support platform but IT still haven't approved it." },
  { label: 'figurative', text: 'Deadline day for the CQC return. Someone shoot me now.' },

  // ── ordinary: ordinary answers to the five questions ──────────────────────
  { label: 'ordinary', text: 'No Facebook account is ever completely private. I keep mine locked down and I still assume my manager could see all of it.' },
  { label: 'ordinary', text: "A photo of you on a night out is your own business right up until someone else shares it, and then it's everyone's." },
  { label: 'ordinary', text: "If someone complains about me online I take a breath, tell my manager, and don't reply until the next day." },
  {
    label: 'ordinary',
    text: "I got criticised on a local parents' group last year. The best thing I did was nothing at first, and then a calm offer to talk.",
  },
  { label: 'ordinary', text: "Finding the time: I do fifteen minutes on the bus home. It's the only time I get." },
  { label: 'ordinary', text: 'social media is just more work unless your manager counts it as part of the job. ours doesnt' },
  {
    label: 'ordinary',
    text: 'We recommended a peer support app to a young person and the comments turned out to be full of adverts. Now we try everything ourselves first.',
  },
  { label: 'ordinary', text: 'Before I suggest a platform I check who moderates it and whether you can block people easily.' },
  { label: 'ordinary', text: "As someone who uses services, I'd much rather you told me about a good forum than left me to find a bad one on my own." },
  { label: 'ordinary', text: 'Our team shares one account and we take a week each. It cuts the time right down.' },
  { label: 'ordinary', text: "If a photo of me in a state ends up online, I'll live with it. I'm a person as well as a nurse." },
  { label: 'ordinary', text: 'I cut my screen time by half just by turning off notifications for everything except direct messages.' },
  { label: 'ordinary', text: "Shoot me a message through the comms team if you'd like our template social media policy." },
  { label: 'ordinary', text: 'Someone I support posted a one-star review about me. It stung, but they had a point about me being late twice.' },
  {
    label: 'ordinary',
    text: "My advice on recommending platforms: write down together what 'going wrong' would look like, and agree what you'll both do then.",
  },
  { label: 'ordinary', text: "It's easy to overdose on doomscrolling after a bad shift. I set a timer now." },
  { label: 'ordinary', text: "I hang out in a few carers' groups on Facebook and they've taught me more than any leaflet ever has." },
  { label: 'ordinary', text: "Time for social media comes out of time for something else, so decide what you're going to stop doing." },
  { label: 'ordinary', text: 'Complaints on Facebook are still complaints. Point the person to PALS and log it like you would any other.' },
  {
    label: 'ordinary',
    text: 'The worst that happened when I recommended Instagram to a young person was a spam account following her. We blocked it together and talked it through.',
  },
  { label: 'ordinary', text: 'Managers need to model this. If the director never posts anything, why would the front line feel safe to?' },
  { label: 'ordinary', text: 'i dont see why a night out photo matters, doctors are allowed a drink like anyone else. just dont be in uniform in it' },
  {
    label: 'ordinary',
    text: "I've been a district nurse for nineteen years and only joined Twitter in lockdown. At first it felt like one more job after a twelve-hour day. What changed it was my team lead agreeing that half an hour on a Friday afternoon counts as CPD, as long as I write up one thing I've learned. Now I follow about forty people, mostly tissue viability nurses and a couple of patient advocates, and I get more from that than from the mandatory updates.",
  },
];
