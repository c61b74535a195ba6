'use strict';
// The peer's turn: run the intake dialog on every message, save both states at the end of the turn, and let
// "cancel" end the intake from any prompt, as a person would expect of any guided flow.

const { ActivityHandler } = require('botbuilder');
const { DialogSet, DialogTurnStatus } = require('botbuilder-dialogs');
const { IntakeDialog } = require('./intakeDialog');

class IntakeBot extends ActivityHandler {
    constructor(conversationState, userState) {
        super();
        this.conversationState = conversationState;
        this.userState = userState;
        this.dialogs = new DialogSet(conversationState.createProperty('dialogState'));
        this.dialogs.add(new IntakeDialog(userState.createProperty('submitted')));

        this.onMessage(async (context, next) => {
            const dialogContext = await this.dialogs.createContext(context);
            const text = (context.activity.text || '').trim().toLowerCase();
            if (text === 'cancel' && dialogContext.activeDialog) {
                await dialogContext.cancelAllDialogs();
                await context.sendActivity('Cancelled. Nothing was sent.');
            } else {
                const result = await dialogContext.continueDialog();
                if (result.status === DialogTurnStatus.empty) {
                    await dialogContext.beginDialog(IntakeDialog.id);
                }
            }
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        await this.conversationState.saveChanges(context, false);
        await this.userState.saveChanges(context, false);
    }
}

module.exports = { IntakeBot };
