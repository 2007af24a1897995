import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { FIELD_ERROR_CODES, FieldErrorCode } from './problem';

const CODE_LIST = Object.entries(FIELD_ERROR_CODES)
  .map(([code, meaning]) => `\`${code}\`: ${meaning}`)
  .join('; ');

export class FieldErrorDto {
  @ApiProperty({ example: '#/email', description: 'JSON Pointer to the field.' }) pointer!: string;
  @ApiProperty({
    enum: Object.keys(FIELD_ERROR_CODES),
    enumName: 'FieldErrorCode',
    example: 'invalid-email',
    description: `What is wrong, for programs (stable; show people your own sentence for it, not \`detail\`). ${CODE_LIST}.`,
  })
  code!: FieldErrorCode;
  @ApiProperty({ example: 'email must be an e-mail address', description: 'For developers, in English.' }) detail!: string;
  @ApiPropertyOptional({ example: 100, description: 'The bound crossed, with too-short, too-long, too-small and too-large.' }) limit?: number;
}

/** RFC 9457 problem details, as every error response is shaped. */
export class ProblemDto {
  @ApiProperty({ format: 'uri', example: 'https://whispergifts.com/problems/validation-error' }) type!: string;
  @ApiProperty({ example: 'Your request has invalid fields' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'Some fields are invalid; see `errors`.' }) detail!: string;
  @ApiPropertyOptional({ example: '/api/auth/signup' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request; `errors` lists each invalid field.',
  401: 'Not signed in, or the token or password is wrong.',
  403: 'Not allowed.',
  404: 'Not found (or not yours).',
  409: 'Conflicts with the current state.',
  410: 'Gone: it has lapsed or was cancelled; see `type`.',
  412: 'The resource changed since you read it.',
  413: 'Body too large.',
  415: 'Body is not JSON.',
  422: 'Request cannot be processed as sent.',
  429: 'Too many attempts; see Retry-After.',
  503: 'A dependency is unavailable; see `checks`.',
};

/** Documents the problem+json answers an operation can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
