'use strict';
// RufaBot's comparison peer: a guided concern intake on the official Bot Framework SDK for JavaScript
// (CloudAdapter, MemoryStorage, ConversationState + UserState, a waterfall of prompts), served by Node's own
// http module. Authentication is off (no app id): it only talks to the load driver and its Connector stub on
// loopback. Usage: node index.js --urls http://127.0.0.1:PORT (what the load driver passes).

const http = require('node:http');
const {
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
    UserState,
} = require('botbuilder');
const { IntakeBot } = require('./intakeBot');

const urlsAt = process.argv.indexOf('--urls');
const address = new URL(urlsAt > 0 ? process.argv[urlsAt + 1] : 'http://127.0.0.1:3988');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(address.hostname)) {
    console.error('The peer listens on loopback only.');
    process.exit(2);
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const bot = new IntakeBot(conversationState, new UserState(storage));

adapter.onTurnError = async (context, error) => {
    console.error(`turn failed: ${error && error.stack ? error.stack : error}`);
    await conversationState.delete(context);
    await context.sendActivity('Something went wrong; please start again.');
};

// CloudAdapter reads a request with a parsed body and answers through status/send/end, the shape of the
// restify and express objects; these two small wrappers give Node's own request and response that shape.
function readJson(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
                reject(error);
            }
        });
        request.on('error', reject);
    });
}

function adapterResponse(response) {
    return {
        socket: response.socket,
        header(name, value) { response.setHeader(name, value); return this; },
        status(code) { response.statusCode = code; return this; },
        send(body) {
            if (body !== undefined && body !== null) {
                response.setHeader('content-type', 'application/json');
                response.write(typeof body === 'string' ? body : JSON.stringify(body));
            }
            return this;
        },
        end() { response.end(); return this; },
    };
}

const server = http.createServer(async (request, response) => {
    if (request.method === 'GET' && request.url === '/readyz') {
        response.end('ready');
        return;
    }
    if (request.method !== 'POST' || request.url !== '/api/messages') {
        response.statusCode = 404;
        response.end();
        return;
    }
    try {
        const body = await readJson(request);
        await adapter.process({ method: request.method, headers: request.headers, body }, adapterResponse(response),
            (context) => bot.run(context));
    } catch (error) {
        console.error(`request failed: ${error}`);
        if (!response.writableEnded) {
            response.statusCode = 400;
            response.end();
        }
    }
});
server.keepAliveTimeout = 60000;
server.listen(Number(address.port), address.hostname, () => console.log(`peer listening on ${address.href}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
