'use strict';
// RufaBot's full concern intake, as the user side for the shared bench driver (`bench/run.sh custom --script ...`).
// Each turn: what the user types and a pattern the bot's visible reply text must match in the smoke walk.

// RufaBot's prompts are Adaptive Cards, whose body the shared driver's smoke walk does not read (it reads activity text
// and hero-card titles). A card-only reply shows as empty text there, so each pattern applies to whatever text is
// visible, and an empty text passes. The C# load driver (RufaBot.LoadDriver) checks every card's content instead.
const card = (pattern) => ({ test: (seen) => seen === '' || pattern.test(seen), toString: () => String(pattern) });

const CATEGORY_CHOICES = ['1', '2', '3', '4'];

// The essentials first, then "add more details" from the summary and every optional question, back to the summary.
const intake = [
    { say: 'raise a concern', expect: card(/immediate danger/) },
    { say: 'no', expect: card(/write about this safely/) },
    { say: 'yes', expect: card(/What happened/) },
    { say: 'Three people were taken from the market by armed men last night.', expect: card(/which country/) },
    { say: 'Chad', expect: card(/When did it happen/) },
    { say: 'yesterday', expect: card(/Who is affected/) },
    { say: '2', expect: card(/Who may know/) },
    { say: '2', expect: card(/check it before you send/) },
    { say: 'add more details', expect: card(/What kind of concern/) },
    { say: (user) => CATEGORY_CHOICES[user % CATEGORY_CHOICES.length], expect: card(/happening now/) },
    { say: '1', expect: card(/Where in the country/) },
    { say: 'the market', expect: card(/how many people/) },
    { say: '2', expect: card(/responsible/) },
    { say: '1', expect: card(/How do you know/) },
    { say: '1', expect: card(/involved in it/) },
    { say: '1', expect: card(/back it up/) },
    { say: '1', expect: card(/at risk/) },
    { say: 'no', expect: card(/already been reported/) },
    { say: '1', expect: card(/Which UN entity/) },
    { say: '1', expect: card(/duty station/) },
    { say: 'N Djamena', expect: card(/check it before you send/) },
    { say: 'yes', expect: card(/Concern submitted/) },
];

const smokeExtras = [
    [
        { say: 'raise a concern', expect: card(/immediate danger/) },
        { say: 'no', expect: card(/write about this safely/) },
        { say: 'yes', expect: card(/What happened/) },
        { say: 'short', expect: card(/at least 20 characters/) },
        { say: 'cancel', expect: card(/[Cc]ancel/) },
    ],
];

module.exports = {
    name: 'rufabot-intake',
    turns: intake,
    smokeExtras,
    // The fake connector counts its own fixed marker, which RufaBot's reply does not carry; the C# load driver counts
    // stored concerns instead.
    submittedMarker: null,
};
