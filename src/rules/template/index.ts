import { Rule } from '../rule';
import { templateEscapeJavaScriptJson } from './template-escape-javascript-json';
import { templateFunctionArity } from './template-function-arity';
import { templateJsonPath } from './template-jsonpath';
import { templateNotString } from './template-not-string';
import { templateOverrideDirection } from './template-override-direction';
import { templateOverrideReservedHeader } from './template-override-reserved-header';
import { templateOverrideTwice } from './template-override-twice';
import { templateQuotedJson } from './template-quoted-json';
import { templateSize } from './template-size';
import { templateSyntax } from './template-syntax';
import { templateUnknownMember } from './template-unknown-member';

/** The mapping-template rules (VTL), in report order. */
export const TEMPLATE_RULES: readonly Rule[] = [
  templateNotString,
  templateSize,
  templateSyntax,
  templateOverrideDirection,
  templateOverrideTwice,
  templateJsonPath,
  templateFunctionArity,
  templateUnknownMember,
  templateOverrideReservedHeader,
  templateQuotedJson,
  templateEscapeJavaScriptJson,
];
