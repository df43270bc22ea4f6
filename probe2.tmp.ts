import { detectCrisis } from './src/safety/crisis.ts';
const fp = process.argv.slice(2).length ? process.argv.slice(2) : [
 "I'm not really okay, I want to die.", "I'm not feeling great and I want to die.", "Not doing well. Want it to be over.",
 "Soon I won't be anyone's problem.", "I'm going to see my nan again soon, I miss her and I'm ready.", "I want to be with my dad again, wherever he is.",
 "not long for this world tbh", "I'd be better off in the ground.", "I stood on the bridge for an hour last night.",
 "I keep standing too close to the edge of the platform.", "I've been holding the blade against my wrist.", "I wear long sleeves to hide the cuts.",
 "I'm a failure and I don't deserve to live.", "I don't deserve to be here.", "I'm done fighting.", "I feel like giving up on everything.",
 "It will never get better and I can't face another year of this.", "I feel trapped and the only way out I can see is permanent.",
 "nobody would care if i died", "i wnt to die", "i want to kil myself", "thinking about sucide alot", "i keep thinking of ways to end it",
 "I'm tired of being a burden to everyone.", "I've been stockpiling my meds.", "Life would be so much easier if I just didn't wake up.",
 "I've got it all planned out for friday.", "I deserve the pain so I keep doing it.", "I'm so sorry to everyone I'm letting down, I can't do this.",
 "Some nights I sit with the pills in my hand.", "Work's fine, but at home I keep thinking about ending it.",
 "Part of me just wants to not exist.", "I've lost the will to live.", "ctb soon", "I'd rather be dead than go back.",
 "There's nothing here for me anymore.", "I want the world to stop so I can get off, permanently.", "I relapsed last night, first time in months.",
 "The thoughts are back and they're louder than ever.", "I'm scared I'll act on the thoughts this time.", "I've been researching methods.",
 "I drove to the cliffs yesterday and sat there for hours thinking about it.", "If I'm honest I've been feeling suicidal since the restructure.",
 "i feel like a burden", "me and my thoughts are not safe tonight", "I'm at breaking point and I want to end everything",
];
let miss = 0;
for (const t of fp) if (!detectCrisis(t)) { miss++; console.log('MISS', t); }
console.log('missed', miss, 'of', fp.length);
