'use strict';
// The intake, one prompt per turn: category, what happened, country, when, who is affected, how many, how the
// reporter knows, corroboration, then a summary to confirm. The same shape as RufaBot's essentials, shorter.

const { MessageFactory } = require('botbuilder');
const {
    ChoicePrompt, ComponentDialog, ConfirmPrompt, ListStyle, NumberPrompt, TextPrompt, WaterfallDialog,
} = require('botbuilder-dialogs');

const CATEGORIES = ['Killing', 'Detention', 'Disappearance', 'Torture', 'Displacement', 'Sexual violence',
    'Attack on a school or hospital', 'Other'];
const AFFECTED = ['Civilians', 'Children', 'Detainees', 'Staff', 'Other'];
const SOURCES = ['I saw it', 'I was told', 'Media or social media', 'Other'];

class IntakeDialog extends ComponentDialog {
    static id = 'intake';

    constructor(submittedAccessor) {
        super(IntakeDialog.id);
        this.submitted = submittedAccessor;
        this.addDialog(new ChoicePrompt('choice'))
            .addDialog(new TextPrompt('narrative', async (p) => p.recognized.succeeded && p.recognized.value.trim().length >= 10))
            .addDialog(new TextPrompt('text', async (p) => p.recognized.succeeded && p.recognized.value.trim().length > 0))
            .addDialog(new NumberPrompt('count', async (p) => p.recognized.succeeded && p.recognized.value > 0))
            .addDialog(new ConfirmPrompt('confirm'))
            .addDialog(new WaterfallDialog('steps', [
                (step) => this.choose(step, 'What kind of concern is it?', CATEGORIES),
                (step) => this.keepThenAsk(step, 'category', 'narrative', 'What happened? A few sentences are enough.',
                    'Please say a little more (at least 10 characters).'),
                (step) => this.keepThenAsk(step, 'narrative', 'text', 'In which country did it happen?'),
                (step) => this.keepThenAsk(step, 'country', 'text', 'When did it happen?'),
                (step) => { step.values.when = step.result; return this.choose(step, 'Who is affected?', AFFECTED); },
                (step) => this.keepThenAsk(step, 'affected', 'count', 'How many people are affected?',
                    'Please give a number above zero.'),
                (step) => { step.values.howMany = step.result; return this.choose(step, 'How do you know about it?', SOURCES); },
                (step) => this.keepThenAsk(step, 'source', 'confirm', 'Is it corroborated by another source?'),
                (step) => this.summarise(step),
                (step) => this.finish(step),
            ]));
        this.initialDialogId = 'steps';
    }

    choose(step, question, choices) {
        return step.prompt('choice', { prompt: question, choices, style: ListStyle.heroCard });
    }

    keepThenAsk(step, key, promptId, question, retry) {
        const value = step.result;
        step.values[key] = value && value.value !== undefined ? value.value : value;
        return step.prompt(promptId, { prompt: question, retryPrompt: retry || question });
    }

    async summarise(step) {
        step.values.corroborated = step.result;
        const v = step.values;
        await step.context.sendActivity(MessageFactory.text(
            `Please check your concern: ${v.category} in ${v.country}, ${v.when}; ${v.howMany} ${v.affected.toLowerCase()} ` +
            `affected; source: ${v.source.toLowerCase()}; corroborated: ${v.corroborated ? 'yes' : 'no'}.`));
        return step.prompt('confirm', { prompt: 'Send it now?' });
    }

    async finish(step) {
        if (!step.result) {
            await step.context.sendActivity('Not sent. Say anything to start again.');
            return step.endDialog();
        }
        const count = (await this.submitted.get(step.context, 0)) + 1;
        await this.submitted.set(step.context, count);
        await step.context.sendActivity(`Submitted REF-${count}. Thank you.`);
        return step.endDialog();
    }
}

module.exports = { IntakeDialog };
