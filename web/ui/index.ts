// web/ui — framework-free views of a stridelab session (memory, strides, broadcast, index,
// plot) and the rendering of a run's output. Public surface; see README.md.

export { mount, VIEW_NAMES, type MountOptions, type MountedView, type ViewName } from './mount';
export { createInspector, DEFAULT_TABS, type Inspector, type InspectorOptions, type InspectorTab } from './inspector';
export { renderOutput, renderRunning, renderFailure } from './output';
export { renderFigures } from './views/plot-view';
export { installStyles, VIEWS_CSS } from './styles';
