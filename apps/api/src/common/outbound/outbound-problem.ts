import { ProblemException, msg } from '../problem/problem';
import { OutboundError } from './outbound-http';

/**
 * A failed outbound fetch as the answer to the person who asked for it: 422, since their link is the cause.
 * `link-refused` for an address the product never fetches (private, loopback, metadata, other ports),
 * `link-unreadable` for everything else; `reason` names the case for programs, `detail` for people.
 */
export function outboundProblem(error: OutboundError): ProblemException {
  const refused = error.reason === 'address' || error.reason === 'port' || error.reason === 'scheme';
  return new ProblemException(422, refused ? 'link-refused' : 'link-unreadable', error.message, { reason: error.reason });
}

/** A non-2xx answer from the other site. */
export function statusProblem(status: number): ProblemException {
  return new ProblemException(422, 'link-unreadable', msg('problems:common.link-status', { status }), { reason: 'http-status', upstreamStatus: status });
}
