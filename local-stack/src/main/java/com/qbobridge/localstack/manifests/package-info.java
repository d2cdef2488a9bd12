/**
 * Deployment files generated from the topic catalog: Strimzi topics and the docker-compose topic script.
 */
@NullMarked
package com.qbobridge.localstack.manifests;

import org.jspecify.annotations.NullMarked;
