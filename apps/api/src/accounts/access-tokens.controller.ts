import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, SessionOnly } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AccessTokensService } from './access-tokens.service';
import { AccessTokenDto, CreateAccessTokenDto, CreatedAccessTokenDto } from './dto/access-token.dto';

/** Managing tokens needs a signed-in session: a token cannot make more tokens that outlive it. */
@ApiTags('accounts')
@SessionOnly()
@Controller('me/tokens')
export class AccessTokensController {
  constructor(private readonly accessTokens: AccessTokensService) {}

  @ApiOperation({ summary: 'Create a personal access token' })
  @Post()
  @ApiCreatedResponse({ type: CreatedAccessTokenDto, description: 'The token is in the response, and never shown again.' })
  @ApiProblems(400, 401, 403, 409)
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateAccessTokenDto): Promise<CreatedAccessTokenDto> {
    const { token, record } = await this.accessTokens.create(principal.userId, dto);
    return { ...AccessTokenDto.from(record), token };
  }

  @ApiOperation({ summary: 'List your personal access tokens' })
  @Get()
  @ApiOkResponse({ type: [AccessTokenDto] })
  @ApiProblems(401, 403)
  async list(@CurrentPrincipal() principal: Principal): Promise<AccessTokenDto[]> {
    return (await this.accessTokens.list(principal.userId)).map(AccessTokenDto.from);
  }

  @ApiOperation({ summary: 'Revoke a personal access token' })
  @Delete(':tokenId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: the token stops working at once.' })
  @ApiProblems(400, 401, 403, 404)
  async revoke(@CurrentPrincipal() principal: Principal, @Param('tokenId', ParseUUIDPipe) tokenId: string): Promise<void> {
    await this.accessTokens.revoke(principal.userId, tokenId);
  }
}
