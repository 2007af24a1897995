import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { RegistriesModule } from '../registries/registries.module';
import { AdminAudit } from './admin-audit.entity';
import { AdminAuditController } from './admin-audit.controller';
import { AdminAuditService } from './admin-audit.service';
import { AdminRegistriesController } from './admin-registries.controller';
import { AdminRegistriesService } from './admin-registries.service';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';

/** The admin area's API: accounts, registries and the audit log of what administrators did (issue 16). */
@Module({
  imports: [TypeOrmModule.forFeature([AdminAudit]), AccountsModule, RegistriesModule],
  controllers: [AdminUsersController, AdminRegistriesController, AdminAuditController],
  providers: [AdminUsersService, AdminRegistriesService, AdminAuditService],
  // The audit log, for other admin actions (the payments stream's refunds) to write in their own transactions.
  exports: [AdminAuditService],
})
export class AdminModule {}
