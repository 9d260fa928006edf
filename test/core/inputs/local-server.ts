/** A local HTTP server on 127.0.0.1 (random port) serving the input fixtures and failing endpoints. */
import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export const FIXTURES = new URL('../../fixtures/inputs/', import.meta.url);
export const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

export interface LocalServer {
	base: string;
	/** User-Agent headers of every request, in arrival order. */
	agents: string[];
	/** The most requests that were in flight at once. */
	peak: () => number;
	close: () => Promise<void>;
}

const SMALL_PAGE = (title: string, body: string) =>
	`<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Trade Desk"></head><body><nav>Home | Markets</nav><article><h1>${title}</h1>${body}</article></body></html>`;

type Route = (request: IncomingMessage, response: ServerResponse, base: string) => void;

const send = (type: string, body: string, status = 200): Route => (_request, response, base) => {
	response.writeHead(status, {'content-type': type});
	response.end(body.replaceAll('{{base}}', base));
};

const ROUTES: Record<string, Route> = {
	'/news/harbour-quake': send('text/html; charset=utf-8', fixture('harbour-quake.html')),
	'/world/dam-talks': send('text/html', fixture('dam-talks.html')),
	'/feed.rss': send('application/rss+xml; charset=utf-8', fixture('wire-feed.rss')),
	'/trade.atom': send('application/atom+xml', fixture('newsroom.atom')),
	'/trade/grain-deal': send(
		'text/html; charset=utf-8',
		SMALL_PAGE(
			'Two ports sign grain deal',
			'<p>The ports of Nessa and Brill signed a five-year grain deal on Tuesday, covering 2 million tonnes of wheat a year, their harbour boards said in a joint statement.</p><p>"This deal gives farmers a reliable route to market," Nessa port chief Mara Eld said at the signing ceremony.</p>',
		),
	),
	'/plain/statement.txt': send('text/plain; charset=utf-8', 'Statement on the grain deal\n\nThe harbour boards of Nessa and Brill said on Tuesday the deal would start in March.\n'),
	'/report.pdf': send('application/pdf', '%PDF-1.7 not a page'),
	'/no-text': send('text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>'),
	'/missing': send('text/html', '<h1>Not found</h1>', 404),
	'/news/missing-page': send('text/html', '<h1>Not found</h1>', 404),
	'/broken': send('text/html', 'oops', 500),
	'/redirect': (_request, response) => {
		response.writeHead(302, {location: '/news/harbour-quake'});
		response.end();
	},
	// Declares its size: refused before the body is read.
	'/huge': (_request, response) => {
		const body = `<html><body><p>${'rubble '.repeat(40_000)}</p></body></html>`;
		response.writeHead(200, {'content-type': 'text/html', 'content-length': Buffer.byteLength(body)});
		response.end(body);
	},
	// Sends no length: cut off while streaming.
	'/huge-stream': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html'});
		for (let i = 0; i < 40; i++) response.write(`<p>${'aftershock '.repeat(1000)}</p>`);
		response.end();
	},
};

/** Starts the server; slow paths (/slow, /trade/slow-page) answer only when the server closes. */
export async function startServer(): Promise<LocalServer> {
	const agents: string[] = [];
	const stalled: ServerResponse[] = [];
	let inFlight = 0;
	let peak = 0;
	const server = createServer((request, response) => {
		agents.push(String(request.headers['user-agent'] ?? ''));
		inFlight++;
		peak = Math.max(peak, inFlight);
		response.on('close', () => inFlight--);
		const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		if (path === '/slow' || path === '/trade/slow-page') {
			stalled.push(response);
			return;
		}
		const route = ROUTES[path] ?? send('text/html', 'not here', 404);
		// A short pause so concurrent requests overlap and the in-flight cap is observable.
		setTimeout(() => route(request, response, base), 20);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base,
		agents,
		peak: () => peak,
		close: () =>
			new Promise<void>((resolve) => {
				for (const response of stalled) response.destroy();
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
