import { applyDecorators, Body, Controller, Delete, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems, ProblemDto } from '../common/problem/problem.dto';
import { ItemDto } from '../items/dto/item.dto';
import { RegistryDto } from '../registries/dto/registry.dto';
import { MAX_INPUT_PIXELS } from './image-inspection';
import { ImagesService } from './images.service';
import { AcceptsUpload } from './multipart-uploads';
import { ShopLinkDto } from '../shop-links/dto/shop-link.dto';

const UPLOAD_DESCRIPTION =
  'A multipart/form-data body with one file field, `file`: a JPEG, PNG, WebP, AVIF or HEIC image of at most UPLOAD_LIMIT_BYTES ' +
  `(10 MB by default) and ${MAX_INPUT_PIXELS / 1_000_000} megapixels. The format is read from the content, not from the file name or type. ` +
  'Replaces the current image; the old files are deleted after the change is saved.';

/** The multipart body and the problems an upload can add to the usual ones. */
function ImageUpload() {
  const problem = (status: number, description: string) =>
    ApiResponse({ status, description, content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } } });
  return applyDecorators(
    AcceptsUpload(),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      required: true,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The image.' } } },
    }),
    ApiExtraModels(ProblemDto),
    ApiProblems(400, 401, 404),
    problem(413, `The file is larger than UPLOAD_LIMIT_BYTES (\`maxBytes\`), or the image has more than ${MAX_INPUT_PIXELS} pixels (\`maxPixels\`).`),
    problem(415, 'Not multipart/form-data, or the file is not a JPEG, PNG, WebP, AVIF or HEIC image that can be decoded (SVG is refused).'),
  );
}

@ApiTags('images')
@Authenticated()
@Controller('registries/:registryId')
export class ImagesController {
  constructor(private readonly images: ImagesService) {}

  @ApiOperation({ summary: "Upload an item's image", description: UPLOAD_DESCRIPTION })
  @Put('items/:itemId/image')
  @ImageUpload()
  @ApiOkResponse({ type: ItemDto, description: 'The item with its new image; `image.thumbnails` is empty until they are made.' })
  putItemImage(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Req() request: FastifyRequest,
  ): Promise<ItemDto> {
    return this.images.putItemImage(registryId, itemId, principal.userId, request);
  }

  @ApiOperation({
    summary: "Fetch an item's image from a shop",
    description:
      "Fetches the image at `url` (usually a suggestion's `imageUrl`) through the same guarded client as `items/from-url`, then treats it " +
      'exactly as an upload: at most UPLOAD_LIMIT_BYTES, the format read from the content, a clean re-encoded copy kept, thumbnails made after. ' +
      'Replaces the current image.',
  })
  @Put('items/:itemId/image/from-url')
  @ApiOkResponse({ type: ItemDto, description: 'The item with its new image; `image.thumbnails` is empty until they are made.' })
  @ApiProblems(400, 401, 404, 413, 415, 422, 429)
  putItemImageFromUrl(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() dto: ShopLinkDto,
  ): Promise<ItemDto> {
    return this.images.putItemImageFromUrl(registryId, itemId, principal.userId, dto.url);
  }

  @ApiOperation({ summary: "Remove an item's image" })
  @Delete('items/:itemId/image')
  @ApiOkResponse({ type: ItemDto, description: 'The item without an image. Its files are deleted shortly after.' })
  @ApiProblems(400, 401, 404)
  removeItemImage(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
  ): Promise<ItemDto> {
    return this.images.removeItemImage(registryId, itemId, principal.userId);
  }

  @ApiOperation({ summary: "Upload a registry's header image", description: UPLOAD_DESCRIPTION })
  @Put('header-image')
  @ImageUpload()
  @ApiOkResponse({ type: RegistryDto, description: 'The registry with its new header image; `headerImage.thumbnails` is empty until they are made.' })
  putHeaderImage(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Req() request: FastifyRequest,
  ): Promise<RegistryDto> {
    return this.images.putHeaderImage(registryId, principal.userId, request);
  }

  @ApiOperation({ summary: "Remove a registry's header image" })
  @Delete('header-image')
  @ApiOkResponse({ type: RegistryDto, description: 'The registry without a header image. Its files are deleted shortly after.' })
  @ApiProblems(400, 401, 404)
  removeHeaderImage(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<RegistryDto> {
    return this.images.removeHeaderImage(registryId, principal.userId);
  }
}
