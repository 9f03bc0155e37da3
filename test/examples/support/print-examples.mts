/**
 * Prints everything the examples stage produces for the bundled spec and the widget fixture, as
 * one JSON text: the determinism test compares it across processes, time zones and locales.
 */
import { pathToFileURL } from 'node:url'
import { buildExamples } from '../../../generator/examples/index.ts'
import { SEAM_SPEC, WIDGETS_SPEC, loadModel } from './models.ts'

export async function examplesSnapshot(): Promise<string> {
  const seam = await buildExamples(await loadModel(SEAM_SPEC), { allParameters: true })
  const widgets = await buildExamples(await loadModel(WIDGETS_SPEC), { overrides: 'test/fixtures/examples/stale/widgets.yaml' })
  return JSON.stringify({ seam: seam.byOperation, widgets: widgets.byOperation, json: widgets.report.json(), markdown: widgets.report.markdown() })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(await examplesSnapshot())
