import express from 'express';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler } from 'pingone-session-react/server';

const environmentId = process.env.PINGONE_ENVIRONMENT_ID;
const proxy = createSessionProxy({
  environmentId,
  region: 'NA', // or EU, CA, AP, AU, SG
  getAccessToken: createWorkerTokenSource({
    environmentId,
    region: 'NA',
    clientId: process.env.PINGONE_CLIENT_ID,
    clientSecret: process.env.PINGONE_CLIENT_SECRET,
  }),
  onError: (error) => console.error('[session proxy]', error),
});

const app = express();
// Before any body parser: the proxy reads the request body itself.
app.use('/api/session', toNodeHandler(proxy));
app.use(express.json());
app.use(express.static('dist')); // your built page
app.listen(3000);
