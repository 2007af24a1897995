import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { sha256 } from '../common/crypto/tokens';
import { translator } from '@whispergifts/i18n/node';
import { ProblemException, msg, type LocalizedDetail } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { ACCOUNT_TOKENS, accountToken } from './account-tokens';

const invalidToken = (detail: LocalizedDetail) =>
  new ProblemException(400, 'invalid-token', detail, { errors: [{ pointer: '#/token', code: 'invalid', detail: translator().t('en', detail.key) }] });

/** Issues and redeems the single-use tokens of account e-mails. The e-mail template is named like the purpose. */
@Injectable()
export class AccountTokens {
  constructor(
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
  ) {}

  /** Issues a token and, in the same transaction, the e-mail that carries it. */
  async issue(tx: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    const id = randomUUID();
    const tokenHash = sha256(accountToken(this.config.sessionSecret, purpose, id));
    await tx.insert(AccountToken, { id, userId, purpose, tokenHash, expiresAt: new Date(Date.now() + ACCOUNT_TOKENS[purpose].ttlMs) });
    await this.outbox.add(tx, QUEUES.email, purpose, { tokenId: id });
  }

  /** The token's row if it could be redeemed now; refuses (400) one that is unknown, used or expired. */
  async check(manager: EntityManager, purpose: AccountTokenPurpose, token: string, lock = false): Promise<AccountToken> {
    const query = manager.createQueryBuilder(AccountToken, 't').where('t.token_hash = :hash AND t.purpose = :purpose', { hash: sha256(token), purpose });
    const row = token.length <= 100 ? await (lock ? query.setLock('pessimistic_write') : query).getOne() : null;
    if (!row) throw invalidToken(msg('problems:accounts.link-invalid'));
    if (row.usedAt) throw invalidToken(msg('problems:accounts.link-used'));
    if (row.expiresAt.getTime() <= Date.now()) throw invalidToken(msg('problems:accounts.link-expired'));
    return row;
  }

  /** Uses a token up and returns its user. The row is locked, so of two racing requests only one succeeds. */
  async redeem(tx: EntityManager, purpose: AccountTokenPurpose, token: string): Promise<string> {
    const row = await this.check(tx, purpose, token, true);
    await tx.update(AccountToken, { id: row.id }, { usedAt: new Date() });
    return row.userId;
  }

  /** Closes a person's other outstanding tokens of one purpose, so older links stop working too. */
  async closeOutstanding(tx: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await tx.update(AccountToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
