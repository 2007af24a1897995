import ipaddr from 'ipaddr.js';

/**
 * Whether the product may connect to an address on someone's behalf. Only ordinary public unicast passes:
 * ipaddr.js names every special range (loopback, private, link-local with the cloud metadata address
 * 169.254.169.254, CGNAT, multicast, 0.0.0.0/8, reserved, IPv6 unique-local and link-local, IPv4-mapped,
 * NAT64, 6to4, Teredo…) and anything it names other than `unicast` is refused, so a new special range is
 * refused by default rather than allowed.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.parse(address).range() === 'unicast';
}

/** The range ipaddr.js gives an address, for messages and logs (`loopback`, `private`, `linkLocal`, …). */
export function addressRange(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.parse(address).range() : 'invalid';
}
