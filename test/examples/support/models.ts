/** Models for the examples tests: tiny hand-made ones for given/want tables, and the bundled spec. */
import { loadSpec } from '../../../generator/load/index.ts'
import { buildModel } from '../../../generator/model/build.ts'
import type { ApiModel, Schema } from '../../../generator/model/types.ts'

export const SEAM_SPEC = 'specs/seam-connect/openapi.json'
export const WIDGETS_SPEC = 'test/fixtures/examples/widgets.yaml'

/** A model with no operations, holding `schemas` as its named schemas. */
export function modelWith(schemas: Record<string, Schema> = {}): ApiModel {
  return {
    title: 'Test',
    version: '1',
    openapiVersion: '3.1.0',
    conventions: 'generic',
    clientName: 'TestClient',
    clientVariable: 'test',
    servers: [],
    securitySchemes: [],
    operations: [],
    root: { name: '', path: [], operations: [], children: [] },
    schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, { name, pointer: `#/components/schemas/${name}`, schema }])),
  }
}

export async function loadModel(file: string, selection: { include?: string[] } = {}): Promise<ApiModel> {
  return buildModel(await loadSpec(file), selection)
}
