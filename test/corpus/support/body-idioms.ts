/**
 * How each language's plain-HTTP sample must send a body that is not JSON (a form, a multipart
 * upload, a file), and what would mean it sent JSON instead. No SDK convention covers those
 * bodies, so the renderers fall back to the language's usual HTTP library; these are the calls
 * that library needs. The Seam CLI passes flags, not a body, so it is not checked here.
 */
import type { BodyKind } from '../../../generator/model/types.ts'
import type { OperationSamples } from './run.ts'

type NonJsonKind = Exclude<BodyKind, 'json'>

/** Per body kind and language: text the sample must contain. */
const IDIOMS: Record<NonJsonKind, Record<string, string>> = {
  form: {
    python: 'data=',
    curl: '--data-urlencode',
    javascript: 'new URLSearchParams()',
    ruby: '"application/x-www-form-urlencoded"',
    php: 'CURLOPT_POSTFIELDS',
    csharp: '"application/x-www-form-urlencoded"',
    java: '"application/x-www-form-urlencoded"',
    go: '"application/x-www-form-urlencoded"',
  },
  multipart: {
    python: 'requests.',
    curl: '--form',
    javascript: 'new FormData()',
    ruby: '"multipart/form-data"',
    php: 'CURLOPT_POSTFIELDS',
    csharp: 'new MultipartFormDataContent()',
    java: 'multipart/form-data; boundary=',
    go: 'multipart.NewWriter(',
  },
  text: {
    python: 'data=',
    curl: '--data-binary',
    javascript: 'body',
    ruby: 'request.body =',
    php: 'CURLOPT_POSTFIELDS',
    csharp: 'new StringContent(',
    java: 'BodyPublishers.ofString(',
    go: 'strings.NewReader(',
  },
  binary: {
    python: 'open(',
    curl: '--data-binary "@',
    javascript: 'openAsBlob(',
    ruby: 'File.binread(',
    php: 'file_get_contents(',
    csharp: 'File.ReadAllBytes(',
    java: 'BodyPublishers.ofFile(',
    go: 'os.Open(',
  },
}

/** Signs of a JSON body in any language: a JSON content type or a JSON encoder. */
const JSON_BODY = /application\/json|\bjson=|--json\b|JSON\.stringify|json_encode|to_json|JsonContent|json\.Marshal/

/** The media types whose body the model reads as JSON (`application/vnd.x+json` too). */
const isJsonMediaType = (mediaType: string): boolean => /^application\/([\w.-]+\+)?json\b/.test(mediaType)

/** Problems with how an operation's samples send its body; [] for a JSON body or none. */
export function bodyIdiomProblems({ operation, example, samples }: OperationSamples): string[] {
  const body = operation.body
  if (body === undefined || body.kind === 'json') return []
  // A body whose fields are all optional is empty in the example: there is nothing to encode.
  const parameterNames = new Set(operation.parameters.map((parameter) => parameter.name))
  const sendsBody = example.request.body !== undefined || Object.keys(example.request.parameters).some((name) => !parameterNames.has(name))
  const problems: string[] = []
  for (const sample of samples) {
    const idiom = IDIOMS[body.kind][sample.language]
    if (idiom === undefined) continue
    const where = `${operation.id} (${body.mediaType}, ${sample.language})`
    if (sendsBody && !sample.request.includes(idiom)) problems.push(`${where}: expected ${JSON.stringify(idiom)} in\n${sample.request}`)
    if (!isJsonMediaType(body.mediaType) && JSON_BODY.test(sample.request)) problems.push(`${where}: sends JSON:\n${sample.request}`)
  }
  return problems
}

export const NON_JSON_KINDS = Object.keys(IDIOMS) as NonJsonKind[]
