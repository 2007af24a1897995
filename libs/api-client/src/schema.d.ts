// Generated from openapi.yaml by `npm run generate -w libs/api-client`. Do not edit.

export interface paths {
  '/api/admin/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daily metrics for a range of days (administrators)
     * @description What was created on each UTC day from `from` to `to` (both included, at most 366 days), as computed by the nightly run. A day that was never computed is absent from `days` rather than reported as zero.
     */
    get: operations['Metrics_series'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/metrics/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Count a day again and e-mail its digest (administrators)
     * @description Queues a run for a finished UTC day: the worker replaces its stored figures and mails the digest to ADMIN_EMAILS.
     */
    post: operations['Metrics_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in */
    post: operations['Auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['Auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mail a link to choose a new password */
    post: operations['PasswordReset_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose a new password with the token from the e-mailed link */
    post: operations['PasswordReset_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account
     * @description Answers the same for a new address and one that has an account already (no session either way): a new account gets a link to verify its address, an existing account’s owner an e-mail that someone tried to sign up with it. Then sign in with POST /api/auth/login.
     */
    post: operations['Auth_signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify your e-mail address with the token from the e-mailed link */
    post: operations['EmailVerification_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mail a new verification link to your address */
    post: operations['EmailVerification_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness */
    get: operations['Health_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL and Redis answer */
    get: operations['Health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account */
    get: operations['Auth_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your personal access tokens */
    get: operations['AccessTokens_list'];
    put?: never;
    /** Create a personal access token */
    post: operations['AccessTokens_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a personal access token */
    delete: operations['AccessTokens_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a partner invitation */
    post: operations['Registries_acceptPartnerInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/domains/{host}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The gift list a custom domain shows */
    get: operations['Domains_byHost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/partner-invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a partner invitation is for (before signing in) */
    get: operations['PartnerInvitationPreviews_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/pledges/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a pledge undo link is about (guest)
     * @description Read before undoing: the gift, the amount, and whether it is undone already.
     */
    get: operations['Pledges_undoPreview'];
    put?: never;
    post?: never;
    /** Undo a pledge (guest) */
    delete: operations['Pledges_undo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open a gift list (guest) */
    get: operations['GiftList_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pledge money to a fund or group gift (guest) */
    post: operations['Pledges_pledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reserve a gift (guest) */
    post: operations['Reservations_reserve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unlock a password-protected gift list (guest) */
    post: operations['GiftList_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reservations/confirm/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a held reservation (guest)
     * @description With the token from the link e-mailed to the guest.
     */
    post: operations['Reservations_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reservations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an undo link is about (guest)
     * @description Read before undoing: the gift, how many, and whether it is undone already.
     */
    get: operations['Reservations_undoPreview'];
    put?: never;
    post?: never;
    /** Undo a reservation (guest) */
    delete: operations['Reservations_undo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your registries */
    get: operations['Registries_list'];
    put?: never;
    /** Create a registry */
    post: operations['Registries_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one of your registries */
    get: operations['Registries_get'];
    put?: never;
    post?: never;
    /** Delete a registry */
    delete: operations['Registries_remove'];
    options?: never;
    head?: never;
    /** Change a registry */
    patch: operations['Registries_update'];
    trace?: never;
  };
  '/api/registries/{registryId}/header-image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload a registry's header image
     * @description A multipart/form-data body with one file field, `file`: a JPEG, PNG, WebP, AVIF or HEIC image of at most UPLOAD_LIMIT_BYTES (10 MB by default) and 50 megapixels. The format is read from the content, not from the file name or type. Replaces the current image; the old files are deleted after the change is saved.
     */
    put: operations['Images_putHeaderImage'];
    post?: never;
    /** Remove a registry's header image */
    delete: operations['Images_removeHeaderImage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mail the gift list to your guests */
    post: operations['ShareInvitations_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the items of a registry */
    get: operations['Items_list'];
    put?: never;
    /** Add an item */
    post: operations['Items_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put the items in a new order */
    put: operations['Items_reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an item */
    delete: operations['Items_remove'];
    options?: never;
    head?: never;
    /** Change an item */
    patch: operations['Items_update'];
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload an item's image
     * @description A multipart/form-data body with one file field, `file`: a JPEG, PNG, WebP, AVIF or HEIC image of at most UPLOAD_LIMIT_BYTES (10 MB by default) and 50 megapixels. The format is read from the content, not from the file name or type. Replaces the current image; the old files are deleted after the change is saved.
     */
    put: operations['Images_putItemImage'];
    post?: never;
    /** Remove an item's image */
    delete: operations['Images_removeItemImage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a reserved gift off the list (the couple)
     * @description Archives the item (hidden from guests) and releases its reservations; each guest is told by e-mail. Delete it for good afterwards if you like.
     */
    post: operations['Reservations_withdrawItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/owners/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an owner, or leave a registry */
    delete: operations['Registries_removeOwner'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/partner-invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite your partner to co-own a registry */
    post: operations['Registries_invitePartner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a registry's pledges, with totals */
    get: operations['Pledges_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/pledges/{pledgeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Mark a pledge received (the couple)
     * @description Send as If-Match the ETag of the pledges list (or of the registry): a change in between gives 412.
     */
    patch: operations['Pledges_update'];
    trace?: never;
  };
  '/api/registries/{registryId}/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a registry's reservations */
    get: operations['Reservations_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/reservations/{reservationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Release a reservation (the couple)
     * @description The units come back and the guest is told by e-mail.
     */
    delete: operations['Reservations_release'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccessTokenDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The last four characters of the token, to tell tokens apart. */
      hint: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      name: string;
      /**
       * @description `read`: GET requests only; `write`: changes too.
       * @enum {string}
       */
      scope: 'read' | 'write';
    };
    CreateAccessTokenDto: {
      /** @description Days until the token stops working (default 90, at most ACCESS_TOKEN_MAX_DAYS, 365 by default). Every token expires. */
      expiresInDays?: number;
      /** @example Wedding website */
      name: string;
      /**
       * @description `read`: GET requests only. `write`: changes too. No token can manage tokens (that needs a signed-in session).
       * @default read
       * @enum {string}
       */
      scope?: 'read' | 'write';
    };
    CreateItemDto: {
      /** @description Money gifts: whether pledges may pass the target. Default: true for a fund, false for a group gift. */
      allowOverfunding?: boolean;
      /** @example Kitchen */
      category?: string | null;
      description?: string;
      /** @description An open-ended fund (no targetAmount): hide from guests how much was given and by how many. Default false. */
      hideTotals?: boolean;
      /**
       * @description `gift`: reserved in units; `group-gift`: guests chip in for one pricey gift (targetAmount required); `fund`: a cash fund. Fixed once guests reserved or pledged.
       * @default gift
       * @enum {string}
       */
      kind?: 'gift' | 'group-gift' | 'fund';
      /** @description Money gifts: the smallest pledge in minor units; null or left out: 5 units of the registry's currency. */
      minContribution?: number | null;
      /** @example A toaster that cooks crumpets */
      name: string;
      /** @description Highest price hint, in minor units; at least priceMin. */
      priceMax?: number | null;
      /** @description Lowest price hint, in minor units of the registry currency. */
      priceMin?: number | null;
      /**
       * @default medium
       * @enum {string}
       */
      priority?: 'high' | 'medium' | 'low';
      /**
       * @description How many are wanted; null means unlimited.
       * @default 1
       */
      quantity?: number | null;
      /** @description Money gifts: up to 4 amounts in minor units offered as buttons, each at least minContribution. */
      suggestedAmounts?: number[];
      /** @description Money gifts: the target in minor units. Required for a group gift (its price); optional for a fund (without one it is open-ended). */
      targetAmount?: number | null;
      /**
       * Format: uri
       * @description Where a guest can buy it, if anywhere in particular.
       * @example https://shop.example/toaster
       */
      url?: string | null;
    };
    CreatePartnerInvitationDto: {
      /**
       * @description The partner who will co-own the registry; only an account with this verified address can accept.
       * @example ben@example.com
       */
      email: string;
      /**
       * @description Invite again an address invited to this registry in the last days (INVITATION_REPEAT_DAYS, 7 by default); without it, that is a 409 `already-invited`.
       * @default false
       */
      resend?: boolean;
    };
    CreatePledgeDto: {
      /**
       * @description Minor units of the registry's currency (5000 = €50.00); at least the item's minContribution, at most its remainingAmount.
       * @example 5000
       */
      amount: number;
      /**
       * @description For the confirmation e-mail, with the undo link.
       * @example may@example.com
       */
      email: string;
      /**
       * Format: uuid
       * @description A `fund` or `group-gift` item.
       */
      itemId: string;
      /** @description A message to the couple. */
      message?: string;
      /**
       * @description Your name, as the couple will see it.
       * @example Aunt May
       */
      name: string;
    };
    CreateRegistryDto: {
      /** @example Ana & Ben */
      coupleNames: string;
      /**
       * @description ISO 4217 code; price hints are in its minor units.
       * @example EUR
       */
      currency: string;
      /**
       * @description A host name of the couple pointed at WhisperGifts.
       * @example gifts.ana-and-ben.com
       */
      customDomain?: string | null;
      /**
       * Format: date
       * @example 2027-06-12
       */
      eventDate?: string | null;
      /** @description How guests give money for funds and group gifts. Fields sent replace those stored; null clears all of it. */
      giving?: components['schemas']['GivingInputDto'] | null;
      /**
       * @description Hold every reservation until the guest confirms it with a link sent by e-mail; unconfirmed ones lapse (RESERVATION_HOLD_MINUTES).
       * @default false
       */
      guestsConfirmByEmail?: boolean;
      /** @description Required when visibility is password. */
      password?: string;
      /**
       * Format: date
       * @description Required while surpriseMode is on (names are hidden until this day). Kept when surprise mode is turned off, for when it is turned on again.
       */
      revealDate?: string | null;
      /**
       * @description The address of the gift list: lowercase letters, digits and hyphens, 3–60 characters.
       * @example ana-and-ben
       */
      slug: string;
      /**
       * @description Hide who reserved what from the couple until the reveal date.
       * @default false
       */
      surpriseMode?: boolean;
      /**
       * @default classic
       * @enum {string}
       */
      theme?: 'classic' | 'garden' | 'modern' | 'midnight';
      /** @example Ana & Ben are getting married */
      title: string;
      /**
       * @description public: anyone with the link; unlisted: same, never listed or indexed; password: guests need the password.
       * @default public
       * @enum {string}
       */
      visibility?: 'public' | 'unlisted' | 'password';
      welcomeMessage?: string;
    };
    CreateReservationDto: {
      /**
       * @description For the confirmation e-mail, with the undo link.
       * @example may@example.com
       */
      email: string;
      /** Format: uuid */
      itemId: string;
      /** @description A message to the couple. */
      message?: string;
      /**
       * @description Your name, as the couple will see it.
       * @example Aunt May
       */
      name: string;
      /** @default 1 */
      quantity?: number;
    };
    CreateShareInvitationsDto: {
      /**
       * @description Guests' e-mail addresses; repeats are sent once. Each invalid address is reported with its pointer (`#/emails/3`). Your account may send a limited number of invitations in any 24 hours, across all your registries (SHARE_INVITATIONS_PER_DAY, 200 by default); sending needs a verified e-mail address.
       * @example [
       *       "may@example.com",
       *       "tom@example.com"
       *     ]
       */
      emails: string[];
      /**
       * @description Your words, quoted in every e-mail.
       * @example We would love to see you there!
       */
      message?: string;
      /**
       * @description Send again to addresses invited to this registry in the last days (INVITATION_REPEAT_DAYS, 7 by default); they still count against the limit.
       * @default false
       */
      resend?: boolean;
    };
    CreatedAccessTokenDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The last four characters of the token, to tell tokens apart. */
      hint: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      name: string;
      /**
       * @description `read`: GET requests only; `write`: changes too.
       * @enum {string}
       */
      scope: 'read' | 'write';
      /** @description The token itself. Shown only once: store it now. Send it as `Authorization: Bearer <token>`. */
      token: string;
    };
    DailyMetricsDto: {
      /**
       * Format: date-time
       * @description When this day was last computed.
       */
      computedAt: string;
      /**
       * Format: date
       * @description The UTC day counted.
       * @example 2026-01-01
       */
      day: string;
      /**
       * @description Items added that day.
       * @example 80
       */
      items: number;
      /**
       * @description Registries created that day.
       * @example 5
       */
      registries: number;
      /**
       * @description Reservations made that day, including those undone since.
       * @example 31
       */
      reservations: number;
      /**
       * @description Accounts created that day.
       * @example 12
       */
      signups: number;
      /**
       * @description Plan upgrades bought that day. Always 0 until plans can be bought.
       * @example 0
       */
      upgrades: number;
    };
    DomainDto: {
      /** @example gifts.ana-and-ben.com */
      host: string;
      /** @description The gift list this domain shows at /. */
      slug: string;
    };
    EmailVerifiedDto: {
      /** Format: email */
      email: string;
      /** Format: date-time */
      emailVerifiedAt: string;
    };
    /**
     * @description What is wrong, for programs (stable; show people your own sentence for it, not `detail`). `required`: missing or empty; `too-short`: shorter than `limit` characters (or entries); `too-long`: longer than `limit` characters (or entries); `too-small`: below `limit`; `too-large`: above `limit`; `not-a-number`: not a whole number; `not-one-of`: not one of the allowed values; `invalid-email`: not an e-mail address mail can be delivered to; `invalid-date`: not a calendar date written YYYY-MM-DD; `invalid-url`: not an http(s) address; `invalid-slug`: not usable as a web address (lowercase letters, digits, single hyphens; some words reserved); `invalid-domain`: not a domain name; `invalid-currency`: not an ISO 4217 currency code; `invalid-iban`: not a valid IBAN; `invalid-bic`: not a valid BIC; `invalid-text`: holds characters that are not text (NUL, unpaired surrogates); `wrong-type`: of the wrong JSON type; `duplicate`: lists an entry twice; `unknown-field`: not a field of this request; `not-applicable`: not used with the other values sent; `taken`: already used by someone else; `invalid`: not valid for another reason; see `detail`.
     * @enum {string}
     */
    FieldErrorCode:
      | 'required'
      | 'too-short'
      | 'too-long'
      | 'too-small'
      | 'too-large'
      | 'not-a-number'
      | 'not-one-of'
      | 'invalid-email'
      | 'invalid-date'
      | 'invalid-url'
      | 'invalid-slug'
      | 'invalid-domain'
      | 'invalid-currency'
      | 'invalid-iban'
      | 'invalid-bic'
      | 'invalid-text'
      | 'wrong-type'
      | 'duplicate'
      | 'unknown-field'
      | 'not-applicable'
      | 'taken'
      | 'invalid';
    FieldErrorDto: {
      /**
       * @description What is wrong, for programs (stable; show people your own sentence for it, not `detail`). `required`: missing or empty; `too-short`: shorter than `limit` characters (or entries); `too-long`: longer than `limit` characters (or entries); `too-small`: below `limit`; `too-large`: above `limit`; `not-a-number`: not a whole number; `not-one-of`: not one of the allowed values; `invalid-email`: not an e-mail address mail can be delivered to; `invalid-date`: not a calendar date written YYYY-MM-DD; `invalid-url`: not an http(s) address; `invalid-slug`: not usable as a web address (lowercase letters, digits, single hyphens; some words reserved); `invalid-domain`: not a domain name; `invalid-currency`: not an ISO 4217 currency code; `invalid-iban`: not a valid IBAN; `invalid-bic`: not a valid BIC; `invalid-text`: holds characters that are not text (NUL, unpaired surrogates); `wrong-type`: of the wrong JSON type; `duplicate`: lists an entry twice; `unknown-field`: not a field of this request; `not-applicable`: not used with the other values sent; `taken`: already used by someone else; `invalid`: not valid for another reason; see `detail`.
       * @example invalid-email
       */
      code: components['schemas']['FieldErrorCode'];
      /**
       * @description For developers, in English.
       * @example email must be an e-mail address
       */
      detail: string;
      /**
       * @description The bound crossed, with too-short, too-long, too-small and too-large.
       * @example 100
       */
      limit?: number;
      /**
       * @description JSON Pointer to the field.
       * @example #/email
       */
      pointer: string;
    };
    GiftListDto: {
      /** @description Items in the order the couple chose; archived items are left out. */
      items: components['schemas']['GiftListItemDto'][];
      registry: components['schemas']['GiftListRegistryDto'];
      /** Format: date-time */
      updatedAt: string;
      /** @description The registry version this list shows. */
      version: number;
    };
    GiftListGivingDto: {
      accountHolder: string | null;
      bic: string | null;
      /** @description Whether a pledge comes with a payment link. */
      hasPaymentLink: boolean;
      /** @description Electronic format (no spaces). */
      iban: string | null;
      instructions: string | null;
    };
    GiftListItemDto: {
      /** @description Whether pledges may pass the target. */
      allowOverfunding: boolean;
      category: string | null;
      description: string;
      /** @description An open-ended fund whose totals guests do not see. */
      hideTotals: boolean;
      /** Format: uuid */
      id: string;
      image: components['schemas']['ImageDto'] | null;
      /**
       * @description `gift`: reserved in units; `group-gift` and `fund`: pledged in money.
       * @enum {string}
       */
      kind: 'gift' | 'group-gift' | 'fund';
      /** @description Smallest pledge in minor units (money gifts; null for a gift). */
      minContribution: number | null;
      name: string;
      /** @description Number of active pledges (givers); null when the couple hides the totals. */
      pledgeCount: number | null;
      /** @description Sum of the active pledges, minor units; null when the couple hides the totals. */
      pledgedAmount: number | null;
      priceMax: number | null;
      priceMin: number | null;
      /** @enum {string} */
      priority: 'high' | 'medium' | 'low';
      /** @description null: unlimited. */
      quantity: number | null;
      /** @description Still wanted; null when unlimited. */
      remaining: number | null;
      /** @description What a pledge may still add, minor units; null when open-ended (no target, or overfunding allowed). */
      remainingAmount: number | null;
      reserved: number;
      /** @description Up to 4 amounts in minor units the page offers as buttons. */
      suggestedAmounts: number[];
      /** @description Minor units. A group gift always has one; a fund without one is open-ended. */
      targetAmount: number | null;
      /** Format: uri */
      url: string | null;
    };
    GiftListRegistryDto: {
      coupleNames: string;
      /** @example EUR */
      currency: string;
      /** Format: date */
      eventDate: string | null;
      /** @description How to give money (funds, group gifts); null when the couple has not set it up. */
      giving: components['schemas']['GiftListGivingDto'] | null;
      headerImage: components['schemas']['ImageDto'] | null;
      slug: string;
      /** @enum {string} */
      theme: 'classic' | 'garden' | 'modern' | 'midnight';
      title: string;
      welcomeMessage: string;
    };
    GivingDto: {
      accountHolder: string | null;
      bic: string | null;
      /** @description Electronic format (no spaces). */
      iban: string | null;
      instructions: string | null;
      paymentLinkTemplate: string | null;
    };
    GivingInputDto: {
      /**
       * @description As on the account (at most 70 characters, the EPC QR limit).
       * @example Ana Silva & Ben Okafor
       */
      accountHolder?: string | null;
      /** @example COBADEFFXXX */
      bic?: string | null;
      /**
       * @description Spaces allowed; stored without them.
       * @example DE89 3704 0044 0532 0130 00
       */
      iban?: string | null;
      /** @example A transfer to our joint account is perfect. */
      instructions?: string | null;
      /**
       * @description An https address with `{amount}` where the amount goes, in major units (50.00).
       * @example https://paypal.me/anaben/{amount}
       */
      paymentLinkTemplate?: string | null;
    };
    GuestPledgeDto: {
      /** @description Minor units. */
      amount: number;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      guestName: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      /** @example WG-7K3F */
      reference: string;
      /**
       * @description A retried request (same Idempotency-Key) shows whether it was undone or received since.
       * @enum {string}
       */
      status: 'pledged' | 'received' | 'cancelled';
    };
    GuestReservationDto: {
      /** Format: date-time */
      createdAt: string;
      guestName: string;
      /**
       * Format: date-time
       * @description While `held`: when it lapses unless confirmed.
       */
      heldUntil: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      quantity: number;
      /**
       * @description `held`: the guest must confirm with the link e-mailed to them before `heldUntil`, or it lapses (the units stay set aside meanwhile). A retried request (same Idempotency-Key) shows whether it has been confirmed, undone or lapsed since.
       * @enum {string}
       */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    ImageDto: {
      /** @description Height of the image at `url`, in pixels, upright. */
      height: number;
      /** @description Upright, metadata-free copies 160, 480 and 1200 pixels wide (never wider than the original), narrowest first, for `srcset`. Empty for the few seconds until they are made. */
      thumbnails: components['schemas']['ImageThumbnailDto'][];
      /**
       * Format: uri
       * @description One URL to show the image at: the uploaded original until the thumbnails are ready, then the largest JPEG thumbnail (the original keeps the camera metadata, GPS included, so it is not offered once there is an alternative).
       */
      url: string;
      /** @description Width of the image at `url`, in pixels, upright. */
      width: number;
    };
    ImageThumbnailDto: {
      /** @example 360 */
      height: number;
      /**
       * Format: uri
       * @example https://whispergifts.com/media/3f0c9d2e8a7b4c1d9e6f5a4b3c2d1e0f-480.jpg
       */
      jpeg: string;
      /**
       * Format: uri
       * @example https://whispergifts.com/media/3f0c9d2e8a7b4c1d9e6f5a4b3c2d1e0f-480.webp
       */
      webp: string;
      /** @example 480 */
      width: number;
    };
    ItemDto: {
      /** @description Whether pledges may pass the target. */
      allowOverfunding: boolean;
      archived: boolean;
      category: string | null;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** @description Send as If-Match when changing or deleting the item: a change by someone else in between then gives 412. */
      etag: string;
      /** @description An open-ended fund whose totals guests do not see. */
      hideTotals: boolean;
      /** Format: uuid */
      id: string;
      image: components['schemas']['ImageDto'] | null;
      /**
       * @description `gift`: reserved in units; `group-gift` and `fund`: pledged in money.
       * @enum {string}
       */
      kind: 'gift' | 'group-gift' | 'fund';
      /** @description Smallest pledge in minor units (money gifts; null for a gift). */
      minContribution: number | null;
      name: string;
      /** @description Number of active pledges (givers). */
      pledgeCount: number;
      /** @description Sum of the active pledges, minor units: what was pledged, or for a received pledge what arrived. */
      pledgedAmount: number;
      position: number;
      priceMax: number | null;
      /** @description Minor units of the registry currency. */
      priceMin: number | null;
      /** @enum {string} */
      priority: 'high' | 'medium' | 'low';
      /** @description null: unlimited. */
      quantity: number | null;
      /** @description Still wanted; null when unlimited. */
      remaining: number | null;
      /** @description What a pledge may still add, minor units; null when open-ended (no target, or overfunding allowed). */
      remainingAmount: number | null;
      /** @description Reserved by guests so far. */
      reserved: number;
      /** @description Up to 4 amounts in minor units the page offers as buttons. */
      suggestedAmounts: number[];
      /** @description Minor units. A group gift always has one; a fund without one is open-ended. */
      targetAmount: number | null;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uri */
      url: string | null;
      version: number;
    };
    ItemWithdrawnDto: {
      /** @description Reservations released; each guest gets the "released" e-mail. */
      released: number;
    };
    LivenessDto: {
      /** @example ok */
      status: string;
    };
    LoginDto: {
      /** @example alex@example.com */
      email: string;
      password: string;
    };
    MailAcceptedDto: {
      /** @example If an account uses this address, we have sent it a link to choose a new password. */
      detail: string;
    };
    MetricsRunDto: {
      /** Format: date */
      day: string;
      /** @description The queued job, visible in the queue dashboard at /api/admin/queues. */
      jobId: string;
    };
    MetricsRunRequestDto: {
      /**
       * Format: date
       * @description The UTC day to count again; it must be over (before today).
       * @example 2026-01-01
       */
      day: string;
    };
    MetricsSeriesDto: {
      /** @description One entry per computed day, oldest first. A day that was never computed is absent (not zero). */
      days: components['schemas']['DailyMetricsDto'][];
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
    };
    OwnerPledgeDto: {
      /** @description Minor units. */
      amount: number;
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      guest: components['schemas']['ReservationGuestDto'] | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      itemName: string;
      /** @description What arrived, minor units; set when marked received. */
      receivedAmount: number | null;
      /** Format: date-time */
      receivedAt: string | null;
      /**
       * @description The reference on the transfer.
       * @example WG-7K3F
       */
      reference: string;
      /** @enum {string} */
      status: 'pledged' | 'received' | 'cancelled';
    };
    OwnerPledgesDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Newest first. */
      pledges: components['schemas']['OwnerPledgeDto'][];
      /** Format: date */
      revealDate: string | null;
      /** @description True while surprise mode hides who pledged. */
      surpriseHidden: boolean;
      /** @description Over the whole registry, whatever the page or filter. */
      totals: components['schemas']['PledgeTotalsDto'];
    };
    OwnerReservationDto: {
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      createdAt: string;
      guest: components['schemas']['ReservationGuestDto'] | null;
      /**
       * Format: date-time
       * @description While `held`: when it lapses unless the guest confirms.
       */
      heldUntil: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      itemName: string;
      quantity: number;
      /** @enum {string} */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    OwnerReservationsDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Newest first. */
      reservations: components['schemas']['OwnerReservationDto'][];
      /** Format: date */
      revealDate: string | null;
      /** @description True while surprise mode hides who reserved what. */
      surpriseHidden: boolean;
    };
    PartnerInvitationDto: {
      /**
       * Format: uri
       * @description The link the partner opens to accept. Shown once; it is also e-mailed to the partner.
       */
      acceptUrl: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
    };
    PartnerInvitationPreviewDto: {
      /** @example Ana & Ben */
      coupleNames: string;
      /**
       * Format: email
       * @description The invited address, to pre-fill sign-up and sign-in: only an account with this verified address can accept. The link was e-mailed to it.
       */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /**
       * @description The display name of the owner who sent the invitation.
       * @example Ben
       */
      invitedBy: string;
      /** @example Ana & Ben are getting married */
      registryTitle: string;
    };
    PasswordResetConfirmDto: {
      password: string;
      /** @description The token from the link in the e-mail (`/reset-password/<token>`). */
      token: string;
    };
    PasswordResetRequestDto: {
      /** @example alex@example.com */
      email: string;
    };
    PaymentDto: {
      /** @description Account holder, for a manual transfer. */
      accountHolder: string | null;
      bic: string | null;
      /** @description The EPC QR code (SEPA credit transfer, EPC069-12) payload to render as a QR code; null unless the registry is in EUR and has an IBAN. */
      epcPayload: string | null;
      /** @description IBAN in electronic format, for a manual transfer. */
      iban: string | null;
      /** @description The couple's own instructions, if any. */
      instructions: string | null;
      /**
       * Format: uri
       * @description The couple's payment link with the amount filled in; null without a template.
       */
      link: string | null;
      /**
       * @description Write it on the transfer, so the couple can match it to this pledge.
       * @example WG-7K3F
       */
      reference: string;
    };
    PledgeCreatedDto: {
      /** @description The item as it is now, with this pledge counted. */
      item: components['schemas']['GiftListItemDto'];
      payment: components['schemas']['PaymentDto'];
      pledge: components['schemas']['GuestPledgeDto'];
      /** @description Keep it: it is the only way to undo this pledge. Also sent by e-mail. */
      undoToken: string;
      /** Format: uri */
      undoUrl: string;
    };
    PledgeItemTotalDto: {
      /** @description Active pledges. */
      count: number;
      /** Format: uuid */
      itemId: string;
      /** @description Sum of active pledges, minor units: what was pledged, or for a received pledge what arrived. */
      pledgedAmount: number;
      /** @description Sum of the amounts marked received, minor units. */
      receivedAmount: number;
    };
    PledgeTotalsDto: {
      count: number;
      /** @description One row per item with active pledges. */
      items: components['schemas']['PledgeItemTotalDto'][];
      pledgedAmount: number;
      receivedAmount: number;
    };
    PledgeUndoPreviewDto: {
      /** @description In minor units of `currency`. */
      amount: number;
      /** @example EUR */
      currency: string;
      /** @example Honeymoon fund */
      itemName: string;
      registry: components['schemas']['UndoPreviewRegistryDto'];
      /**
       * @description cancelled: undone already; received: the couple has the money, so it cannot be undone here.
       * @enum {string}
       */
      status: 'pledged' | 'received' | 'cancelled';
    };
    PledgeUndoneDto: {
      /** @description True when it had been undone before this request: nothing changed now. */
      alreadyUndone: boolean;
      /** @description The item as it is now, with the pledge withdrawn. */
      item: components['schemas']['GiftListItemDto'];
    };
    ProblemDto: {
      /** @example Some fields are invalid; see `errors`. */
      detail: string;
      errors?: components['schemas']['FieldErrorDto'][];
      /** @example /api/auth/signup */
      instance?: string;
      /** @example 400 */
      status: number;
      /** @example Your request has invalid fields */
      title: string;
      /**
       * Format: uri
       * @example https://whispergifts.com/problems/validation-error
       */
      type: string;
    };
    ReadinessChecksDto: {
      /**
       * @description "ok" or what went wrong
       * @example ok
       */
      postgres: string;
      /**
       * @description "ok" or what went wrong
       * @example ok
       */
      redis: string;
    };
    ReadinessDto: {
      checks: components['schemas']['ReadinessChecksDto'];
      /** @example ok */
      status: string;
    };
    RegistryDto: {
      coupleNames: string;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      customDomain: string | null;
      /** @description Send as If-Match when changing or deleting the registry: a change by someone else in between then gives 412. */
      etag: string;
      /** Format: date */
      eventDate: string | null;
      /** @description How guests give money; null until set up. */
      giving: components['schemas']['GivingDto'] | null;
      /**
       * Format: uri
       * @description Where guests open the gift list.
       */
      guestUrl: string;
      /** @description Every reservation waits for the guest to confirm it by e-mail. */
      guestsConfirmByEmail: boolean;
      headerImage: components['schemas']['ImageDto'] | null;
      /** Format: uuid */
      id: string;
      owners: components['schemas']['RegistryOwnerDto'][];
      /** @example free */
      plan: string;
      /** Format: date */
      revealDate: string | null;
      slug: string;
      surpriseMode: boolean;
      /** @enum {string} */
      theme: 'classic' | 'garden' | 'modern' | 'midnight';
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Increases with every change to the registry, its items or its reservations. */
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'unlisted' | 'password';
      welcomeMessage: string;
    };
    RegistryOwnerDto: {
      displayName: string;
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
    };
    RegistrySummaryDto: {
      coupleNames: string;
      /** Format: date */
      eventDate: string | null;
      /** Format: uuid */
      id: string;
      slug: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'unlisted' | 'password';
    };
    ReorderItemsDto: {
      /** @description Every item id of the registry, in the new order. */
      itemIds: string[];
    };
    ReservationConfirmedDto: {
      /** @description The item as it is now. */
      item: components['schemas']['GiftListItemDto'];
      reservation: components['schemas']['GuestReservationDto'];
    };
    ReservationCreatedDto: {
      /** @description The item as it is now, with this reservation counted. */
      item: components['schemas']['GiftListItemDto'];
      reservation: components['schemas']['GuestReservationDto'];
      /** @description Keep it: it is the only way to undo this reservation. Also sent by e-mail. */
      undoToken: string;
      /** Format: uri */
      undoUrl: string;
    };
    ReservationGuestDto: {
      /** Format: email */
      email: string;
      message: string;
      name: string;
    };
    ReservationUndoPreviewDto: {
      /** @example A toaster that cooks crumpets */
      itemName: string;
      quantity: number;
      registry: components['schemas']['UndoPreviewRegistryDto'];
      /**
       * @description cancelled: undone already (by the guest or the couple); lapsed: never confirmed.
       * @enum {string}
       */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    ReservationUndoneDto: {
      /** @description True when it had been undone (or had lapsed) before this request: nothing changed now. */
      alreadyUndone: boolean;
      /** @description The item as it is now, with the reservation released. */
      item: components['schemas']['GiftListItemDto'];
    };
    ShareInvitationsDto: {
      /** @description The addresses an invitation is on its way to, each once. */
      invited: string[];
      /** @description How many more invitations your account may send right now (the limit counts the last 24 hours, across your registries). */
      remaining: number;
      /** @description The addresses left out, each with the reason; not an error. */
      skipped: components['schemas']['SkippedInvitationDto'][];
    };
    SignupDto: {
      /** @example Alex */
      displayName: string;
      /** @example alex@example.com */
      email: string;
      /** @example correct horse battery staple */
      password: string;
    };
    SkippedInvitationDto: {
      /** Format: email */
      email: string;
      /**
       * Format: date-time
       * @description When it was last invited.
       */
      invitedAt: string;
      /**
       * @description Why no e-mail went: this address was invited to this registry recently (send `resend: true` to send it again).
       * @enum {string}
       */
      reason: 'invited-recently';
    };
    UndoPreviewRegistryDto: {
      /** @example Ana & Ben */
      coupleNames: string;
      /**
       * @description The gift list is at /r/{slug}.
       * @example ana-and-ben
       */
      slug: string;
      /** @example Ana & Ben are getting married */
      title: string;
    };
    UnlockDto: {
      password: string;
    };
    UpdateItemDto: {
      /** @description Money gifts: whether pledges may pass the target. Default: true for a fund, false for a group gift. */
      allowOverfunding?: boolean;
      /** @description Archived items are hidden from guests but keep their reservations. */
      archived?: boolean;
      /** @example Kitchen */
      category?: string | null;
      description?: string;
      /** @description An open-ended fund (no targetAmount): hide from guests how much was given and by how many. Default false. */
      hideTotals?: boolean;
      /**
       * @description `gift`: reserved in units; `group-gift`: guests chip in for one pricey gift (targetAmount required); `fund`: a cash fund. Fixed once guests reserved or pledged.
       * @default gift
       * @enum {string}
       */
      kind?: 'gift' | 'group-gift' | 'fund';
      /** @description Money gifts: the smallest pledge in minor units; null or left out: 5 units of the registry's currency. */
      minContribution?: number | null;
      /** @example A toaster that cooks crumpets */
      name?: string;
      /** @description Highest price hint, in minor units; at least priceMin. */
      priceMax?: number | null;
      /** @description Lowest price hint, in minor units of the registry currency. */
      priceMin?: number | null;
      /**
       * @default medium
       * @enum {string}
       */
      priority?: 'high' | 'medium' | 'low';
      /**
       * @description How many are wanted; null means unlimited.
       * @default 1
       */
      quantity?: number | null;
      /** @description Money gifts: up to 4 amounts in minor units offered as buttons, each at least minContribution. */
      suggestedAmounts?: number[];
      /** @description Money gifts: the target in minor units. Required for a group gift (its price); optional for a fund (without one it is open-ended). */
      targetAmount?: number | null;
      /**
       * Format: uri
       * @description Where a guest can buy it, if anywhere in particular.
       * @example https://shop.example/toaster
       */
      url?: string | null;
    };
    UpdatePledgeDto: {
      /** @description What arrived, minor units; defaults to the pledged amount. */
      receivedAmount?: number;
      /**
       * @description The couple marks a pledge received when the money arrived.
       * @enum {string}
       */
      status: 'received';
    };
    UpdateRegistryDto: {
      /** @example Ana & Ben */
      coupleNames?: string;
      /**
       * @description ISO 4217 code; price hints are in its minor units.
       * @example EUR
       */
      currency?: string;
      /**
       * @description A host name of the couple pointed at WhisperGifts.
       * @example gifts.ana-and-ben.com
       */
      customDomain?: string | null;
      /**
       * Format: date
       * @example 2027-06-12
       */
      eventDate?: string | null;
      /** @description How guests give money for funds and group gifts. Fields sent replace those stored; null clears all of it. */
      giving?: components['schemas']['GivingInputDto'] | null;
      /**
       * @description Hold every reservation until the guest confirms it with a link sent by e-mail; unconfirmed ones lapse (RESERVATION_HOLD_MINUTES).
       * @default false
       */
      guestsConfirmByEmail?: boolean;
      /** @description Required when visibility is password. */
      password?: string;
      /**
       * Format: date
       * @description Required while surpriseMode is on (names are hidden until this day). Kept when surprise mode is turned off, for when it is turned on again.
       */
      revealDate?: string | null;
      /**
       * @description The address of the gift list: lowercase letters, digits and hyphens, 3–60 characters.
       * @example ana-and-ben
       */
      slug?: string;
      /**
       * @description Hide who reserved what from the couple until the reveal date.
       * @default false
       */
      surpriseMode?: boolean;
      /**
       * @default classic
       * @enum {string}
       */
      theme?: 'classic' | 'garden' | 'modern' | 'midnight';
      /** @example Ana & Ben are getting married */
      title?: string;
      /**
       * @description public: anyone with the link; unlisted: same, never listed or indexed; password: guests need the password.
       * @default public
       * @enum {string}
       */
      visibility?: 'public' | 'unlisted' | 'password';
      welcomeMessage?: string;
    };
    UserDto: {
      /** Format: date-time */
      createdAt: string;
      displayName: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      emailVerifiedAt: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'user' | 'admin';
    };
    VerifyEmailDto: {
      /** @description The token from the link in the e-mail (`/verify-email/<token>`). */
      token: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Metrics_series: {
    parameters: {
      query: {
        /** @description First day (UTC), included. */
        from: string;
        /** @description Last day (UTC), included; at most 366 days after `from`. */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsSeriesDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Metrics_run: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MetricsRunRequestDto'];
      };
    };
    responses: {
      /** @description Queued; the worker stores the day and mails the digest. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsRunDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Signed in; the response sets a new session cookie. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the session is deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PasswordReset_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequestDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not the address has an account. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailAcceptedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PasswordReset_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetConfirmDto'];
      };
    };
    responses: {
      /** @description The password is changed, the link is spent, every session of the account is signed out and every personal access token is revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignupDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not the address had an account. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailAcceptedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  EmailVerification_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyEmailDto'];
      };
    };
    responses: {
      /** @description The address is verified. The link is spent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailVerifiedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  EmailVerification_resend: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new link is on its way. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailAcceptedDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Health_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessDto'];
        };
      };
    };
  };
  Health_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PostgreSQL and Redis answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccessTokens_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessTokenDto'][];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccessTokens_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccessTokenDto'];
      };
    };
    responses: {
      /** @description The token is in the response, and never shown again. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedAccessTokenDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccessTokens_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked: the token stops working at once. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_acceptPartnerInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description You are now an owner of the registry. Only for the account whose verified e-mail address the invitation was sent to (else 403). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Domains_byHost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        host: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DomainDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnerInvitationPreviews_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list, who invited you and the address to sign in with. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationPreviewDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_undoPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeUndoPreviewDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Undone (or already undone): the amount is free again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeUndoneDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GiftList_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole gift list in one response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GiftListDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_pledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description Any unique string (a UUID). A retry with the same key returns the first pledge. */
        'Idempotency-Key'?: string;
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePledgeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeCreatedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_reserve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Any unique string (a UUID). A retry with the same key returns the first reservation. */
        'Idempotency-Key'?: string;
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReservationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationCreatedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GiftList_unlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnlockDto'];
      };
    };
    responses: {
      /** @description Unlocked for this browser session (the response sets the session cookie). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Confirmed (or already confirmed): the reservation is active. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationConfirmedDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Gone: it has lapsed or was cancelled; see `type`. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_undoPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationUndoPreviewDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Undone (or already undone): the gift is free again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationUndoneDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registries you own, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrySummaryDto'][];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRegistryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted, with its items and reservations. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRegistryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_putHeaderImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The image.
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The registry with its new header image; `headerImage.thumbnails` is empty until they are made. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The file is larger than UPLOAD_LIMIT_BYTES (`maxBytes`), or the image has more than 50000000 pixels (`maxPixels`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not multipart/form-data, or the file is not a JPEG, PNG, WebP, AVIF or HEIC image that can be decoded (SVG is refused). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_removeHeaderImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registry without a header image. Its files are deleted shortly after. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ShareInvitations_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShareInvitationsDto'];
      };
    };
    responses: {
      /** @description An e-mail with the gift list link and your message is on its way to each address not in `skipped`. Needs your verified e-mail address (403 `email-unverified`). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareInvitationsDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every item, archived ones included, in the manual order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'][];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateItemDto'];
      };
    };
    responses: {
      /** @description Added at the end of the list. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_reorder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReorderItemsDto'];
      };
    };
    responses: {
      /** @description The items in their new order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'][];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. An item guests have reserved cannot be deleted; archive it instead. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_putItemImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The image.
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The item with its new image; `image.thumbnails` is empty until they are made. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The file is larger than UPLOAD_LIMIT_BYTES (`maxBytes`), or the image has more than 50000000 pixels (`maxPixels`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not multipart/form-data, or the file is not a JPEG, PNG, WebP, AVIF or HEIC image that can be decoded (SVG is refused). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_removeItemImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item without an image. Its files are deleted shortly after. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_withdrawItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemWithdrawnDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_removeOwner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed: your co-owner, or yourself (you left). The last owner cannot leave (409 `last-owner`). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_invitePartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerInvitationDto'];
      };
    };
    responses: {
      /** @description Invites the partner to co-own the registry (at most two owners). Needs your verified e-mail address (403 `email-unverified`); a few a day per account (429); one per address per registry and week unless `resend` (409 `already-invited`). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_list: {
    parameters: {
      query?: {
        /** @description `active`: pledged or received. */
        status?: 'pledged' | 'received' | 'cancelled' | 'active' | 'all';
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerPledgesDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        pledgeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePledgeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerPledgeDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_list: {
    parameters: {
      query?: {
        status?: 'active' | 'held' | 'lapsed' | 'cancelled' | 'all';
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerReservationsDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        reservationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released, or already cancelled (releasing twice is harmless). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
