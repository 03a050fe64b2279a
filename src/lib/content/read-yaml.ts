import { parse, YAMLParseError } from 'yaml';

/**
 * Parses YAML text with the `yaml` package (YAML 1.2 core schema: dates stay strings).
 * Throws an Error whose message starts with `file:line:column`.
 */
export function parseYamlFile(text: string, filePath: string): unknown {
  try {
    return parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const where = pos ? `${filePath}:${pos.line}:${pos.col}` : filePath;
      throw new Error(`${where} YAML syntax error: ${error.message.split('\n')[0]}. Fix the YAML syntax at that line.`, { cause: error });
    }
    throw error;
  }
}
