/**
 * (a) Every synthesized example of the whole bundled spec is valid: judged by ajv on the RAW
 * spec (an oracle independent of the model), for each of its HTTP operations, and by ajv on the
 * JSON Schema derived from the model.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildExamples } from '../../generator/examples/index.ts'
import { ExampleValidator } from '../../generator/examples/validator.ts'
import type { ApiModel, OperationExample } from '../../generator/model/types.ts'
import { SEAM_SPEC, loadModel } from './support/models.ts'
import { SpecOracle, type RawOperation } from './support/spec-oracle.ts'

/** ajv compiles a few hundred schemas here: seconds of CPU, more on a shared machine. */
const WHOLE_SPEC_TIMEOUT = 120_000

let model: ApiModel
let examples: Record<string, OperationExample[]>
let oracle: SpecOracle

beforeAll(async () => {
  model = await loadModel(SEAM_SPEC)
  examples = (await buildExamples(model, {})).byOperation
  oracle = new SpecOracle(JSON.parse(readFileSync(SEAM_SPEC, 'utf8')))
}, WHOLE_SPEC_TIMEOUT)

/** The problems of one HTTP operation's request and response, judged on the raw spec. */
function oracleProblems(raw: RawOperation, example: OperationExample): string[] {
  const problems: string[] = []
  const sent = example.request.parameters
  for (const parameter of raw.parameters) {
    if (!(parameter.name in sent)) {
      if (parameter.required) problems.push(`required parameter ${parameter.name} is missing`)
      continue
    }
    const problem = oracle.check(sent[parameter.name], parameter.schema)
    if (problem) problems.push(`parameter ${parameter.name}: ${problem}`)
  }
  if (raw.body) {
    const inParameters = new Set(raw.parameters.map((p) => p.name))
    const body = example.request.body ?? Object.fromEntries(Object.entries(sent).filter(([name]) => !inParameters.has(name)))
    const problem = oracle.check(body, raw.body)
    if (problem) problems.push(`body: ${problem}`)
  }
  if (raw.response) {
    const problem = oracle.check(example.response.body, raw.response)
    if (problem) problems.push(`response: ${problem}`)
  }
  return problems
}

describe('synthesized examples of the whole bundled spec', () => {
  it('cover every SDK method', () => {
    expect(model.operations).toHaveLength(316)
    for (const operation of model.operations) {
      expect(examples[operation.id].length).toBeGreaterThanOrEqual(1)
      for (const example of examples[operation.id]) expect(example.source).toBe('synthesized')
    }
  })

  it.each([
    ['required parameters only', false],
    ['all parameters', true],
  ])('are valid for all 522 HTTP operations on the raw spec, every scenario (%s)', async (_, allParameters) => {
    const { byOperation } = allParameters ? await buildExamples(model, { allParameters }) : { byOperation: examples }
    const rawOperations = oracle.operations()
    const failures: string[] = []
    let valid = 0
    for (const raw of rawOperations) {
      const operation = model.operations.find((op) => op.path === raw.path && (op.method === raw.method || op.aliases.includes(raw.method as never)))
      if (!operation) {
        failures.push(`${raw.method} ${raw.path}: no SDK method`)
        continue
      }
      const problems = byOperation[operation.id].flatMap((example) => oracleProblems(raw, example).map((p) => `"${example.title}": ${p}`))
      if (problems.length) failures.push(`${raw.method} ${raw.path}: ${problems.join('; ')}`)
      else valid++
    }
    expect(failures).toEqual([])
    expect(`${valid}/${rawOperations.length}`).toBe('522/522')
  }, WHOLE_SPEC_TIMEOUT)

  it('are valid for the JSON Schema derived from the model', () => {
    const validator = new ExampleValidator(model)
    const failures: string[] = []
    for (const operation of model.operations) for (const example of examples[operation.id]) {
      const parameters = new Set(operation.parameters.map((p) => p.name))
      for (const parameter of operation.parameters) {
        if (parameter.name in example.request.parameters) {
          const problems = validator.problems(example.request.parameters[parameter.name], parameter.schema)
          if (problems.length) failures.push(`${operation.id} ${parameter.name}: ${problems[0].message}`)
        }
      }
      if (operation.body) {
        const body = example.request.body ?? Object.fromEntries(Object.entries(example.request.parameters).filter(([name]) => !parameters.has(name)))
        const problems = validator.problems(body, operation.body.schema)
        if (problems.length) failures.push(`${operation.id} body: ${problems[0].path} ${problems[0].message}`)
      }
      if (operation.response.schema) {
        const problems = validator.problems(example.response.body ?? null, operation.response.schema)
        if (problems.length) failures.push(`${operation.id} response: ${problems[0].path} ${problems[0].message}`)
      }
    }
    expect(failures).toEqual([])
  }, WHOLE_SPEC_TIMEOUT)

  it('the oracle does reject a broken example (it is not vacuous)', () => {
    const raw = oracle.operations().find((op) => op.path === '/acs/users/get' && op.method === 'post')!
    const example = structuredClone(examples['acs.users.get'][0])
    const body = example.response.body as { acs_user: Record<string, unknown> }
    delete body.acs_user.acs_user_id
    expect(oracleProblems(raw, example)).toEqual([`response: /acs_user must have required property 'acs_user_id'`])
  })

})
