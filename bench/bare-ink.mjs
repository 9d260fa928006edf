// The floor for the dashboard's first frame: a bare Ink app that renders one Text and exits.
import React from 'react';
import {render, Text} from 'ink';

const app = render(React.createElement(Text, null, 'brief'));
app.unmount();
