// Errors the command line reports to the user: a translation key under `cli.errors.*` with its
// parameters. main.ts prints the translated message on stderr and exits with code 2.
export const CLI_ERRORS = [
  'usage',
  'unknown_command',
  'bad_lang',
  'unreadable',
  'too_large',
  'encoding',
  'unsupported_format',
  'doctype',
  'malformed_xml',
  'not_graphml',
  'graphml_unreadable',
  'no_graph',
  'nested_graph',
  'hyperedges',
  'bad_edgedefault',
  'mixed_edges',
  'missing_id',
  'duplicate_node',
  'missing_endpoint',
  'unknown_endpoint',
  'bad_weight',
  'invalid_json',
  'unsupported_version',
  'invalid_map',
] as const;
export type CliErrorKey = (typeof CLI_ERRORS)[number];

export type CliParams = Record<string, string | number>;

export class CliError extends Error {
  constructor(
    readonly key: CliErrorKey,
    readonly params: CliParams = {},
  ) {
    super(`${key}: ${JSON.stringify(params)}`);
    this.name = 'CliError';
  }
}
