import 'reflect-metadata';
import { Controller, Get, Module, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { Repository } from 'typeorm';
import { GiftListItemDto, GiftListRegistryDto } from '../../apps/api/src/gift-list/dto/gift-list.dto';
import { Item } from '../../apps/api/src/items/item.entity';
import { Registry } from '../../apps/api/src/registries/registry.entity';
import { serve } from './child';

/**
 * The "stock" way, for comparison: a small Nest + Fastify app that, on every request, loads the registry and its
 * items with TypeORM, builds the JSON with JSON.stringify, hashes the body for an ETag (304 when it matches), and
 * compresses with brotli when asked, as @fastify/compress would (its default quality, 4). No cache of any kind.
 */
const compress = promisify(brotliCompress);
/** Image URLs are made from this, as the API makes them from its MEDIA_URL. */
const MEDIA_URL = process.env.MEDIA_URL ?? '';

@Controller('public/registries/:slug')
class NaiveGiftListController {
  constructor(
    @InjectRepository(Registry) private readonly registries: Repository<Registry>,
    @InjectRepository(Item) private readonly items: Repository<Item>,
  ) {}

  @Get()
  async get(@Param('slug') slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const registry = await this.registries.findOneBy({ slug });
    if (!registry) throw new NotFoundException();
    const items = await this.items.find({ where: { registryId: registry.id, archived: false }, order: { position: 'ASC', createdAt: 'ASC' } });
    const body = JSON.stringify({
      registry: GiftListRegistryDto.from(registry, MEDIA_URL),
      items: items.map((item) => GiftListItemDto.from(item, MEDIA_URL)),
      version: registry.version,
      updatedAt: registry.updatedAt.toISOString(),
    });
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    void reply.header('etag', etag).header('vary', 'Accept-Encoding');
    if (request.headers['if-none-match'] === etag) {
      await reply.code(304).send();
      return;
    }
    void reply.header('content-type', 'application/json; charset=utf-8');
    if ((request.headers['accept-encoding'] ?? '').includes('br')) {
      const compressed = await compress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
      await reply.header('content-encoding', 'br').send(compressed);
      return;
    }
    await reply.send(body);
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Registry, Item], synchronize: false, extra: { max: 10 } }),
    TypeOrmModule.forFeature([Registry, Item]),
  ],
  controllers: [NaiveGiftListController],
})
class NaiveModule {}

serve(async () => {
  const app = await NestFactory.create<NestFastifyApplication>(NaiveModule, new FastifyAdapter({ logger: false }), { logger: false });
  app.setGlobalPrefix('api');
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { port, close: () => app.close() };
});
