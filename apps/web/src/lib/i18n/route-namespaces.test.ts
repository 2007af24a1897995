import { describe, expect, it } from 'vitest';
import { namespacesForPath } from './route-namespaces';

describe('the catalogues a first load fetches with the app', () => {
  it('names each page’s own namespace beside the frame’s', () => {
    expect(namespacesForPath('/')).toEqual(['common', 'landing']);
    expect(namespacesForPath('/r/ana-and-ben')).toEqual(['common', 'guest']);
    expect(namespacesForPath('/dashboard')).toEqual(['common', 'dashboard']);
    expect(namespacesForPath('/dashboard/registries/0b6e/settings')).toEqual(['common', 'dashboard']);
    expect(namespacesForPath('/dashboard/registries/0b6e')).toEqual(['common', 'dashboard', 'gifts']);
    expect(namespacesForPath('/dashboard/add')).toEqual(['common', 'dashboard', 'gifts']);
    expect(namespacesForPath('/dashboard/registries/0b6e/pledges')).toEqual(['common', 'dashboard', 'pledges']);
    expect(namespacesForPath('/dashboard/registries/0b6e/reservations')).toEqual(['common', 'dashboard', 'pledges']);
    expect(namespacesForPath('/dashboard/registries/0b6e/tracker')).toEqual(['common', 'dashboard', 'tracker']);
    expect(namespacesForPath('/admin/users')).toEqual(['common', 'admin']);
    expect(namespacesForPath('/my-gifts/tok')).toEqual(['common', 'guest', 'guest-pages']);
    expect(namespacesForPath('/reservations/undo/tok')).toEqual(['common', 'guest', 'guest-pages']);
    expect(namespacesForPath('/find')).toEqual(['common', 'guest', 'guest-pages']);
  });
});
